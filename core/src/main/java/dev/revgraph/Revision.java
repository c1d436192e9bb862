package dev.revgraph;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a {@link Migration} class to be a revision and carries its place in the graph.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {

    /** The revision id: letters, digits and {@code _}, at most 32 characters. */
    String id();

    /** The parent revision ids: none for a base, one for an ordinary revision, several for a merge. */
    String[] down() default {};

    /** Branch labels this revision starts or carries. */
    String[] branchLabels() default {};

    /** Revisions (ids or labels) that must be applied before this one, without being its parents. */
    String[] dependsOn() default {};

    /** A one-line description, shown by {@code history}. */
    String message() default "";

    /** When the revision was created, ISO-8601 ({@code 2024-06-03T09:43:44Z}); empty when unknown. */
    String created() default "";

    /** Whether the revision runs inside a transaction; false for statements that cannot. */
    boolean transactional() default true;
}
