package dev.revgraph.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * What JUnit reported for a sample test class that uses the kit, run through {@link EngineTestKit}: each
 * test by its display name, with its outcome, message and published entries.
 *
 * @param outcomes the tests by display name, in the order they finished
 * @param classFailure the class-level failure, if the class itself failed
 */
record KitRun(Map<String, Outcome> outcomes, Optional<Throwable> classFailure) {

    /** How one test ended, what its failure or skip said, and what it published. */
    record Outcome(TestExecutionResult.Status status, String message, List<Map<String, String>> entries) {

        boolean passed() {
            return status == TestExecutionResult.Status.SUCCESSFUL;
        }

        boolean failed() {
            return status == TestExecutionResult.Status.FAILED;
        }

        boolean aborted() {
            return status == TestExecutionResult.Status.ABORTED;
        }

        /** Every value published under a key starting with {@code prefix}, by key. */
        Map<String, String> entriesStartingWith(String prefix) {
            Map<String, String> found = new LinkedHashMap<>();
            entries.forEach((entry) -> entry.forEach((key, value) -> {
                if (key.startsWith(prefix)) {
                    found.put(key, value);
                }
            }));
            return found;
        }

        @Override
        public String toString() {
            return status + (message.isEmpty() ? "" : ": " + message);
        }
    }

    static KitRun of(Class<?> sample) {
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
            .selectors(selectClass(sample))
            .configurationParameter(OnlyInTestKit.PARAMETER, "true")
            .execute();
        Map<String, List<Map<String, String>>> entries = new LinkedHashMap<>();
        for (Event event : results.testEvents().reportingEntryPublished().list()) {
            ReportEntry entry = event.getRequiredPayload(ReportEntry.class);
            entries.computeIfAbsent(event.getTestDescriptor().getDisplayName(), (name) -> new ArrayList<>())
                .add(entry.getKeyValuePairs());
        }
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        for (Event event : results.testEvents().finished().list()) {
            String name = event.getTestDescriptor().getDisplayName();
            TestExecutionResult result = event.getRequiredPayload(TestExecutionResult.class);
            outcomes.put(name, new Outcome(result.getStatus(),
                    result.getThrowable().map(Throwable::getMessage).map(String::valueOf).orElse(""),
                    entries.getOrDefault(name, List.of())));
        }
        results.testEvents().skipped().list().forEach((event) -> outcomes.put(event.getTestDescriptor().getDisplayName(),
                new Outcome(TestExecutionResult.Status.ABORTED, "skipped: " + event.getPayload(String.class).orElse(""),
                        List.of())));
        Optional<Throwable> classFailure = results.containerEvents()
            .filter((event) -> event.getType() == EventType.FINISHED)
            .map((event) -> event.getRequiredPayload(TestExecutionResult.class))
            .filter((result) -> result.getStatus() != TestExecutionResult.Status.SUCCESSFUL)
            .flatMap((result) -> result.getThrowable().stream())
            .findFirst();
        return new KitRun(outcomes, classFailure);
    }

    Outcome outcome(String check) {
        Outcome outcome = outcomes.get(check);
        if (outcome == null) {
            throw new AssertionError("No test " + check + " ran; the run reported " + outcomes
                    + classFailure.map((failure) -> ", and the class failed: " + failure).orElse(""));
        }
        return outcome;
    }
}
