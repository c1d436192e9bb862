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
