package dev.revgraph;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Tells autogenerate that an entity, or one of its fields or properties, was renamed, so that it writes
 * a rename instead of dropping the old table or column (and its data) and adding a new, empty one.
 *
 * <pre>{@code
 * @Entity
 * @RenamedFrom("utilisations")
 * public class Utilization {
 *
 *     @RenamedFrom("score")
 *     private int rating;
 * }
 * }</pre>
 *
 * The value is the old table or column name as it is in the database. Several names may be given when a
 * name changed more than once and databases at any of those stages must be caught up. Keep the
 * annotation until every database has run the revision; it does nothing once the old name is gone.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.TYPE })
public @interface RenamedFrom {

    /** The old name or names, as the database has them. */
    String[] value();
}
