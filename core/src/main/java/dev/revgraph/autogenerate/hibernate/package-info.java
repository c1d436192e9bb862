/**
 * The entity model as Hibernate 7 would create it: {@link dev.revgraph.autogenerate.hibernate.HibernateModelSource}
 * builds Hibernate's boot metamodel the way the application's {@code EntityManagerFactory} does (the same
 * JPA bootstrap, naming strategies, quoting and dialect, Bean Validation folded in) without building the
 * {@code EntityManagerFactory} or connecting, and converts it to a neutral
 * {@link dev.revgraph.schema.Schema} for the comparison. Hibernate is an optional dependency: only this
 * package needs it.
 */
@NullMarked
package dev.revgraph.autogenerate.hibernate;

import org.jspecify.annotations.NullMarked;
