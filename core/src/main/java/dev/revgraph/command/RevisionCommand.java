package dev.revgraph.command;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * {@code revision -m MSG}: writes a new, empty revision on the current head (or {@code --head}), as
 * Alembic's {@code revision} does. {@code --autogenerate} is reserved: it fails until autogenerate exists.
 *
 * <p>JSON: {@code {"tree": "main", "revision": {...}, "path": "/abs/0a1b2c3d4e5f_add_x.sql",
 * "format": "sql", "className": null}}.
 *
 * @param tree the tree, or {@code null} for the only one
 * @param message the message
 * @param autogenerate whether {@code --autogenerate} was asked for
 * @param head what to build on: {@code head} (the default), an id, {@code label@head}, {@code base}
 * @param splice whether {@code head} may be a revision that is not a head
 * @param branchLabels labels for the new revision
 * @param dependsOn ids or labels the new revision depends on
 * @param revId the id to use instead of a generated one
 * @param format SQL or Java
 * @param versionPath the directory to write to instead of the tree's
 * @param javaPackage the package of a Java revision instead of the tree's
 */
public record RevisionCommand(@Nullable String tree, String message, boolean autogenerate, String head,
        boolean splice, List<String> branchLabels, List<String> dependsOn, @Nullable String revId,
        RevisionFormat format, @Nullable Path versionPath, @Nullable String javaPackage) implements MigrationCommand {

    public RevisionCommand {
        Objects.requireNonNull(message, "message");
        head = (head != null) ? head : "head";
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
        Objects.requireNonNull(format, "format");
    }

    /** A plain SQL revision on {@code head}. */
    public static RevisionCommand of(@Nullable String tree, String message) {
        return new RevisionCommand(tree, message, false, "head", false, List.of(), List.of(), null, RevisionFormat.SQL,
                null, null);
    }

    @Override
    public String name() {
        return "revision";
    }

    @Override
    public CommandResult run(CommandContext context, CommandOutput output) {
        if (this.autogenerate) {
            throw new CommandUsageException("revision --autogenerate is not available yet; write the revision by "
                    + "hand (revision -m \"...\") for now");
        }
        MigrationTree selected = context.tree(this.tree);
        TreeRevisions revisions = TreeRevisions.load(context, selected, null);
        RevisionGenerator.Generated generated = new RevisionGenerator(context, revisions).generate(
                new RevisionGenerator.Request(this.message, List.of(this.head), this.splice, this.branchLabels,
                        this.dependsOn, this.revId, this.format, this.versionPath, this.javaPackage, false),
                output);
        return CommandResult.success(Generation.json(selected, generated));
    }
}
