package dev.revgraph.benchmarks;

import java.util.ArrayList;
import java.util.List;

import dev.revgraph.revision.RevisionInfo;

/**
 * Builds revision graphs shaped like long-lived projects: a long main line, and every
 * {@value #BRANCH_EVERY} revisions a feature branch of {@value #BRANCH_LENGTH} revisions that merges
 * back; one revision in twenty also depends on an earlier revision of the main line.
 */
public final class GeneratedGraphs {

    static final int BRANCH_EVERY = 50;

    static final int BRANCH_LENGTH = 10;

    private GeneratedGraphs() {
    }

    /** A graph of exactly {@code size} revisions, in load order, with a single head. */
    public static List<RevisionInfo> branchy(int size) {
        List<RevisionInfo> revisions = new ArrayList<>(size);
        String mainTip = null;
        int n = 0;
        while (n < size) {
            boolean roomForBranch = size - n > BRANCH_LENGTH + 2;
            if (mainTip != null && n % BRANCH_EVERY == 0 && roomForBranch) {
                String forkPoint = mainTip;
                String branchTip = forkPoint;
                for (int i = 0; i < BRANCH_LENGTH; i++) {
                    String id = id(n++);
                    revisions.add(RevisionInfo.of(id, branchTip));
                    branchTip = id;
                }
                String mainSide = id(n++);
                revisions.add(RevisionInfo.of(mainSide, forkPoint));
                String merge = id(n++);
                revisions.add(RevisionInfo.of(merge, mainSide, branchTip));
                mainTip = merge;
                continue;
            }
            String id = id(n);
            RevisionInfo info = (mainTip == null) ? RevisionInfo.of(id) : RevisionInfo.of(id, mainTip);
            if (n % 20 == 19 && n > 40) {
                info = info.withDependsOn(id(n - 40));
            }
            revisions.add(info);
            mainTip = id;
            n++;
        }
        return revisions;
    }

    static String id(int n) {
        return String.format("r%011x", n);
    }
}
