package dev.revgraph.revision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Seeded random revision graphs: branches, merges, several bases, dependencies, shuffled load order. */
final class RandomGraphs {

    private RandomGraphs() {
    }

    static List<RevisionInfo> generate(Random random, int size) {
        List<RevisionInfo> created = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String id = "r" + i;
            List<String> down = new ArrayList<>();
            double roll = random.nextDouble();
            if (i == 0 || roll < 0.08) {
                // a new base
            }
            else if (roll < 0.22 && i >= 3) {
                Set<String> parents = new LinkedHashSet<>();
                int wanted = 2 + random.nextInt(2);
                for (int attempt = 0; attempt < 10 && parents.size() < wanted; attempt++) {
                    parents.add(ids.get(recent(random, i)));
                }
                down.addAll(parents);
            }
            else {
                down.add(ids.get(recent(random, i)));
            }
            List<String> dependsOn = new ArrayList<>();
            if (i >= 2 && random.nextDouble() < 0.15) {
                String dependency = ids.get(random.nextInt(i));
                if (!down.contains(dependency)) {
                    dependsOn.add(dependency);
                }
            }
            created.add(RevisionInfo.of(id, down.toArray(String[]::new))
                .withDependsOn(dependsOn.toArray(String[]::new)));
            ids.add(id);
        }
        Collections.shuffle(created, random);
        return created;
    }

    /** Mostly one of the last few revisions, so that lines grow long. */
    private static int recent(Random random, int bound) {
        if (random.nextDouble() < 0.7) {
            return Math.max(0, bound - 1 - random.nextInt(Math.min(bound, 4)));
        }
        return random.nextInt(bound);
    }
}
