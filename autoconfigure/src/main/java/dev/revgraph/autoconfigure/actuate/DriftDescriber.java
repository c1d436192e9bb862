package dev.revgraph.autoconfigure.actuate;

import java.util.List;
import java.util.Locale;

import dev.revgraph.autoconfigure.DriftReport;
import dev.revgraph.autoconfigure.actuate.MigrationsEndpoint.DifferenceDescriptor;
import dev.revgraph.autoconfigure.actuate.MigrationsEndpoint.DriftDescriptor;
import dev.revgraph.diff.Difference;

/**
 * Describes a {@link DriftReport} for the endpoint's {@code drift} view and the health indicator's
 * details: each difference with the model's value, the database's and the rule that compared them;
 * the reason of a report without comparison scrubbed of addresses and passwords.
 */
final class DriftDescriber {

    private DriftDescriber() {
    }

    static DriftDescriptor drift(DriftReport report) {
        boolean compared = report.status() == DriftReport.Status.IN_SYNC || report.status() == DriftReport.Status.DRIFT;
        boolean available = report.status() != DriftReport.Status.UNAVAILABLE;
        return new DriftDescriptor(report.tree(), available, report.status().name(),
                compared ? null : SafeText.scrub(report.detail()), report.database(), report.checkedAt(),
                compared ? report.entities() : null, compared ? report.differences().size() : null,
                compared ? differences(report.differences()) : null);
    }

    /** The view of a tree no {@code MigrationsDrift} compares, saying why. */
    static DriftDescriptor unavailable(String tree, String reason) {
        return new DriftDescriptor(tree, false, DriftReport.Status.UNAVAILABLE.name(), reason, null, null, null, null,
                null);
    }

    static List<DifferenceDescriptor> differences(List<Difference> differences) {
        return differences.stream().map(DriftDescriber::difference).toList();
    }

    private static DifferenceDescriptor difference(Difference difference) {
        return new DifferenceDescriptor(difference.kind().name().toLowerCase(Locale.ROOT),
                difference.objectKind().words(), difference.path(), difference.property(), difference.modelValue(),
                difference.databaseValue(), difference.rule(), difference.describe());
    }
}
