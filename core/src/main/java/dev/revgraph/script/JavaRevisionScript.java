package dev.revgraph.script;

import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import dev.revgraph.ErrorCode;
import dev.revgraph.Migration;
import dev.revgraph.RevGraphException;
import dev.revgraph.Revision;
import dev.revgraph.revision.RevisionInfo;

import org.jspecify.annotations.Nullable;

/**
 * A Java revision: a class implementing {@link Migration} annotated with {@link Revision}. Its metadata
 * comes from the annotation; the migration itself is created lazily, the first time {@link #migration()}
 * is called (when the revision runs), through a {@link MigrationInstantiator}.
 *
 * <p>One exception: a class that overrides {@link Migration#checksum()} is created when it is loaded,
 * because its checksum, which start-up validation compares with the applied one, is part of it.
 */
public final class JavaRevisionScript implements RevisionScript {

    private final RevisionInfo info;

    private final Class<? extends Migration> migrationClass;

    private final MigrationInstantiator instantiator;

    private volatile @Nullable Migration migration;

    private JavaRevisionScript(RevisionInfo info, Class<? extends Migration> migrationClass,
            MigrationInstantiator instantiator, @Nullable Migration migration) {
        this.info = info;
        this.migrationClass = migrationClass;
        this.instantiator = instantiator;
        this.migration = migration;
    }

    /**
     * Reads the revision declared by {@code type}.
     *
     * @throws ScriptParseException naming the class when it is not annotated with {@link Revision}, does
     *     not implement {@link Migration}, is abstract, declares an invalid id, parent, label or created
     *     time, or cannot be created by {@code instantiator}
     */
    public static JavaRevisionScript of(Class<?> type, MigrationInstantiator instantiator) {
        String source = "class " + type.getName();
        Revision revision = type.getAnnotation(Revision.class);
        if (revision == null) {
            throw problem(source, "is not annotated with @" + Revision.class.getName());
        }
        if (!Migration.class.isAssignableFrom(type)) {
            throw problem(source, "is annotated with @Revision but does not implement " + Migration.class.getName());
        }
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            throw problem(source, "is annotated with @Revision but is abstract; a revision class must be concrete");
        }
        Class<? extends Migration> migrationClass = type.asSubclass(Migration.class);
        check(source, RevisionIds.checkId(revision.id()));
        List<String> down = list(source, "down", revision.down(), RevisionIds::checkId);
        List<String> labels = list(source, "branchLabels", revision.branchLabels(), RevisionIds::checkLabel);
        List<String> dependsOn = list(source, "dependsOn", revision.dependsOn(), RevisionIds::checkReference);
        Instant created = created(source, revision.created());
        instantiator.check(migrationClass).ifPresent((message) -> {
            throw problem(source, message);
        });

        RevisionInfo metadata = new RevisionInfo(revision.id(), down, new LinkedHashSet<>(labels), dependsOn,
                revision.message(), created, revision.transactional(), null, source, null);
        Migration migration = null;
        String extra = null;
        if (overridesChecksum(migrationClass)) {
            migration = instantiate(source, instantiator, migrationClass);
            extra = migration.checksum();
        }
        RevisionInfo info = new RevisionInfo(metadata.id(), metadata.down(), metadata.branchLabels(),
                metadata.dependsOn(), metadata.message(), metadata.created(), metadata.transactional(), null,
                source, Checksums.ofJavaRevision(metadata, extra));
        return new JavaRevisionScript(info, migrationClass, instantiator, migration);
    }

    @Override
    public RevisionInfo info() {
        return info;
    }

    /** The class that implements the revision. */
    public Class<? extends Migration> migrationClass() {
        return migrationClass;
    }

    /** The migration, created on first use and kept for later calls. */
    public Migration migration() {
        Migration current = migration;
        if (current == null) {
            synchronized (this) {
                current = migration;
                if (current == null) {
                    try {
                        current = Objects.requireNonNull(instantiator.instantiate(migrationClass),
                                () -> "the instantiator returned null for " + migrationClass.getName());
                    }
                    catch (RevGraphException ex) {
                        throw ex;
                    }
                    catch (RuntimeException | LinkageError ex) {
                        throw new RevGraphException(ErrorCode.PARSE_ERROR, info.source() + ": revision " + info.id()
                                + " could not be created: " + describe(ex) + ". Nothing was run.", ex);
                    }
                    migration = current;
                }
            }
        }
        return current;
    }

    @Override
    public String toString() {
        return "JavaRevisionScript[" + info.id() + ", " + info.source() + "]";
    }

    /** The deepest cause's message: what the revision's own constructor threw, not the wrappers. */
    private static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getName() + ((message != null) ? ": " + message : "");
    }

    private static boolean overridesChecksum(Class<? extends Migration> type) {
        try {
            return type.getMethod("checksum").getDeclaringClass() != Migration.class;
        }
        catch (NoSuchMethodException ex) {
            return false;
        }
    }

    private static Migration instantiate(String source, MigrationInstantiator instantiator,
            Class<? extends Migration> type) {
        try {
            return Objects.requireNonNull(instantiator.instantiate(type), "the instantiator returned null");
        }
        catch (RuntimeException ex) {
            throw new ScriptParseException(List.of(new ScriptProblem(source, 0,
                    "cannot be created to compute its checksum(): " + ex.getMessage())), ex);
        }
    }

    private static List<String> list(String source, String attribute, String[] values,
            Function<String, Optional<String>> checker) {
        List<String> items = new ArrayList<>();
        for (String value : values) {
            check(source, checker.apply(value));
            if (items.contains(value)) {
                throw problem(source, "@Revision(" + attribute + ") lists '" + value + "' twice");
            }
            items.add(value);
        }
        return items;
    }

    private static @Nullable Instant created(String source, String created) {
        if (created.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(created.strip()).toInstant();
        }
        catch (DateTimeParseException ex) {
            throw problem(source, "@Revision(created) '" + created
                    + "' is not an ISO-8601 timestamp with a zone, e.g. 2024-06-03T09:43:44Z");
        }
    }

    private static void check(String source, Optional<String> problem) {
        problem.ifPresent((message) -> {
            throw problem(source, message);
        });
    }

    private static ScriptParseException problem(String source, String message) {
        return new ScriptParseException(new ScriptProblem(source, 0, message));
    }
}
