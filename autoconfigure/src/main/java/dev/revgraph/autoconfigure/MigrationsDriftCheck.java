package dev.revgraph.autoconfigure;

import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * {@code migrations.drift.on-startup}: after the start-up migration, compares the entity model with the
 * database; {@code warn} logs the differences, {@code fail} stops start-up with them
 * ({@link MigrationsDriftException}). The comparison is kept by {@link MigrationsDrift}, so the Actuator
 * view shows it without comparing again.
 */
final class MigrationsDriftCheck {

    private static final Log logger = LogFactory.getLog(MigrationsDriftCheck.class);

    private MigrationsDriftCheck() {
    }

    /** {@code onStartup}, followed by the drift check {@code mode} asks for. */
    static MigrationsStrategy after(MigrationsStrategy onStartup, MigrationsProperties.DriftMode mode,
            Supplier<MigrationsDrift> drift) {
        if (mode == MigrationsProperties.DriftMode.OFF) {
            return onStartup;
        }
        return (context) -> {
            onStartup.migrate(context);
            DriftReport report = drift.get().refresh();
            switch (report.status()) {
                case IN_SYNC -> logger.info(report.summary());
                case DRIFT -> {
                    if (mode == MigrationsProperties.DriftMode.FAIL) {
                        throw new MigrationsDriftException(report);
                    }
                    logger.warn(report.describe() + System.lineSeparator() + "Write a revision that brings the "
                            + "database to the model: migrations revision --autogenerate -m \"<what changed>\"");
                }
                case UNAVAILABLE, FAILED -> {
                    if (mode == MigrationsProperties.DriftMode.FAIL) {
                        throw new MigrationsDriftException(report);
                    }
                    logger.warn(report.summary());
                }
            }
        };
    }

}
