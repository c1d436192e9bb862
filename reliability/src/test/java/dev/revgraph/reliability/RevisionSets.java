package dev.revgraph.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The revision sets under the application's {@code db/} and {@code dev.revgraph.reliability.revisions}. */
final class RevisionSets {

    /** 30 revisions: 10 in a line, two branches of 7 (alpha, beta), a merge, 5 more; 4 of them Java. */
    static final List<String> TREE30 = tree30();

    static final String TREE30_HEAD = "c30_30";

    /** 50 revisions in a line, each a table, a mark and an index; 2 of them Java. */
    static final List<String> TREE50 = tree50();

    static final String TREE50_HEAD = "k50_50";

    /** The old build of the rolling-upgrade trials: 6 SQL revisions in a line. */
    static final List<String> ROLLING_OLD = List.of("r_01", "r_02", "r_03", "r_04", "r_05", "r_06");

    /**
     * What the new build adds on top of {@link #ROLLING_OLD}: r_07, a Java step r_08 that counts the marks before
     * it (created through the bean factory), branches r_09a and r_09b, and their merge r_10.
     */
    static final List<String> ROLLING_NEW = List.of("r_07", "r_08", "r_09a", "r_09b", "r_10");

    static final String ROLLING_OLD_HEAD = "r_06";

    static final String ROLLING_NEW_HEAD = "r_10";

    private RevisionSets() {
    }

    /** {@code spring} properties that point the application at tree30. */
    static Map<String, String> tree30Properties() {
        return Map.of("migrations.locations", "classpath:db/tree30", "migrations.java-packages",
                "dev.revgraph.reliability.revisions.tree30");
    }

    static Map<String, String> tree50Properties() {
        return Map.of("migrations.locations", "classpath:db/tree50", "migrations.java-packages",
                "dev.revgraph.reliability.revisions.tree50");
    }

    /** The old build: {@code db/rolling/old} only, no Java revisions. */
    static Map<String, String> rollingOldProperties() {
        return Map.of("migrations.locations", "classpath:db/rolling/old", "migrations.java-packages", "");
    }

    /** The new build: the old build's revisions and {@code db/rolling/new}, and the Java step r_08. */
    static Map<String, String> rollingNewProperties() {
        return Map.of("migrations.locations", "classpath:db/rolling/old,classpath:db/rolling/new",
                "migrations.java-packages", "dev.revgraph.reliability.revisions.rolling");
    }

    private static List<String> tree30() {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            ids.add(String.format("c30_%02d", i));
        }
        for (String branch : List.of("a", "b")) {
            for (int i = 11; i <= 17; i++) {
                ids.add("c30_" + branch + i);
            }
        }
        ids.add("c30_m25");
        for (int i = 26; i <= 30; i++) {
            ids.add("c30_" + i);
        }
        return List.copyOf(ids);
    }

    private static List<String> tree50() {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            ids.add(String.format("k50_%02d", i));
        }
        return List.copyOf(ids);
    }

}
