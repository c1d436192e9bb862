package dev.revgraph.test;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A revision whose downgrade the checks do not exercise, and why: the stairway upgrades through it
 * without downgrading it, and reports it as skipped; a downgrade to base, which would have to pass it,
 * is not checked. Revisions declared irreversible ({@code -- irreversible: ...},
 * {@code op.irreversible(...)}) need no entry: they are skipped with their own reason.
 *
 * <pre>{@code
 * @MigrationsTest(skip = @Skip(revision = "4e1d2c3b5a69", reason = "rebuilds a 2 TB table; checked by hand"))
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface Skip {

    /** The revision's full id. */
    String revision();

    /** Why its downgrade is not checked; shown in the report. */
    String reason();
}
