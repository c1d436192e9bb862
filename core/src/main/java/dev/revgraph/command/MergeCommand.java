package dev.revgraph.command;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * {@code merge REVS... -m MSG}: writes a new revision whose parents are the given revisions (each must be
 * a head; {@code heads} merges them all), as Alembic's {@code merge} does. Same JSON as
 * {@link RevisionCommand}.
 *
 * @param tree the tree, or {@code null} for the only one
 * @param revisions what to merge: ids, {@code label@head}, {@code heads}
 * @param message the message
 * @param branchLabels labels for the merge revision
 * @param revId the id to use instead of a generated one
 * @param format SQL or Java; {@code null} for the tree's {@link MigrationTree#revisionFormat()}
 * @param versionPath the directory to write to instead of the tree's
 * @param javaPackage the package of a Java revision instead of the tree's
 */
public record MergeCommand(@Nullable String tree, List<String> revisions, String message, List<String> branchLabels,
        @Nullable String revId, @Nullable RevisionFormat format, @Nullable Path versionPath, @Nullable String javaPackage)
        implements MigrationCommand {

    public MergeCommand {
        revisions = List.copyOf(revisions);
        Objects.requireNonNull(message, "message");
        branchLabels = List.copyOf(branchLabels);
    }

    @Override
    public String name() {
        return "merge";
    }

    @Override
    public CommandResult run(CommandContext context, CommandOutput output) {
        if (this.revisions.isEmpty()) {
            throw new CommandUsageException("merge needs the revisions to merge, e.g. 'merge heads -m \"...\"'");
        }
        MigrationTree selected = context.tree(this.tree);
        TreeRevisions loaded = TreeRevisions.load(context, selected, null);
        RevisionGenerator generator = new RevisionGenerator(context, loaded);
        RevisionGenerator.Request request = new RevisionGenerator.Request(this.message, this.revisions, false,
                this.branchLabels, List.of(), this.revId, (this.format != null) ? this.format : selected.revisionFormat(),
                this.versionPath, this.javaPackage, true);
        RevisionGenerator.Generated generated = generator.generate(request, output);
        return CommandResult.success(Generation.json(selected, generated));
    }
}
