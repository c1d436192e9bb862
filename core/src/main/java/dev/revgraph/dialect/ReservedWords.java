package dev.revgraph.dialect;

import java.util.HashSet;
import java.util.Set;

/**
 * Words that must be quoted to serve as names. Only lower-case names ever go unquoted, and quoting a
 * word needlessly changes nothing except on H2 and Oracle (where it keeps the name in lower case), so the
 * common list is the SQL standard's core plus what every database here reserves; each dialect adds its
 * own.
 */
final class ReservedWords {

    static final Set<String> COMMON = Set.of(("ALL ALTER AND ANY ARRAY AS ASC AUTHORIZATION BETWEEN BOTH BY CASE "
            + "CAST CHECK COLUMN CONSTRAINT CREATE CROSS CURRENT_DATE CURRENT_TIME CURRENT_TIMESTAMP CURRENT_USER "
            + "DEFAULT DELETE DESC DISTINCT DROP ELSE END EXCEPT EXISTS FALSE FETCH FOR FOREIGN FROM FULL GRANT "
            + "GROUP HAVING IN INDEX INNER INSERT INTERSECT INTO IS JOIN KEY LEADING LEFT LIKE LIMIT NATURAL NOT "
            + "NULL OF OFFSET ON OR ORDER OUTER PRIMARY REFERENCES RIGHT ROW ROWS SELECT SESSION_USER SET SOME "
            + "TABLE THEN TO TRAILING TRUE UNION UNIQUE UPDATE USER USING VALUES WHEN WHERE WITH").split(" "));

    private ReservedWords() {
    }

    /** The common words plus {@code extra}, a space-separated list. */
    static Set<String> with(String extra) {
        Set<String> words = new HashSet<>(COMMON);
        words.addAll(Set.of(extra.split(" ")));
        return Set.copyOf(words);
    }
}
