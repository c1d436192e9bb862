package dev.revgraph.test;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a check that passed did: which revisions it checked, which it skipped and why, in one sentence.
 * A check that did nothing never passes: it fails, or is skipped with its reason.
 *
 * @param check the check's name: {@code singleHead}, {@code stairway}...
 * @param summary what was proved, e.g. {@code Every downgrade restored the schema before its upgrade:
 * 5 revisions checked on PostgreSQL, 1 skipped}
 * @param checked the revisions checked, in the order they were
 * @param skipped the revisions not checked, each with the reason
 */
public record CheckResult(String check, String summary, List<String> checked, Map<String, String> skipped) {

    public CheckResult {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(summary, "summary");
        checked = List.copyOf(checked);
        skipped = Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
    }

    @Override
    public String toString() {
        return summary;
    }
}
