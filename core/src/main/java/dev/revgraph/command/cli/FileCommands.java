package dev.revgraph.command.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import dev.revgraph.command.MergeCommand;
import dev.revgraph.command.RevisionCommand;
import dev.revgraph.command.RevisionFormat;

import org.jspecify.annotations.Nullable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** The commands that write revision files: {@code revision} and {@code merge}. */
final class FileCommands {

    private FileCommands() {
    }

    @Command(name = "revision", mixinStandardHelpOptions = true, sortOptions = false,
            description = { "Create a new, empty revision file on the current head.",
                    "Java revisions must be compiled before upgrade sees them." })
    static final class RevisionCli implements Callable<Integer> {

        @ParentCommand
        RevGraphCli cli;

        @Mixin
        CommonOptions common;

        @Option(names = { "-m", "--message" }, required = true, paramLabel = "MESSAGE",
                description = "The revision's message.")
        String message;

        @Option(names = "--autogenerate", description = "Write the difference between the entity model and the "
                + "database (needs the entity model: run it from the application).")
        boolean autogenerate;

        @Option(names = "--head", paramLabel = "REV", defaultValue = "head", description = "The revision to build on: "
                + "head (the default), an id, label@head, or base for a new branch.")
        String head;

        @Option(names = "--splice", description = "Allow --head to be a revision that is not a head.")
        boolean splice;

        @Option(names = "--branch-label", paramLabel = "LABEL", description = "A branch label for the new revision "
                + "(repeatable).")
        List<String> branchLabels = new ArrayList<>();

        @Option(names = "--depends-on", split = ",", paramLabel = "REV", description = "Revisions (ids or labels) the "
                + "new one depends on (repeatable).")
        List<String> dependsOn = new ArrayList<>();

        @Option(names = "--rev-id", paramLabel = "ID", description = "The id to use instead of a generated one.")
        @Nullable String revId;

        @Option(names = "--format", paramLabel = "FORMAT", description = "sql or java (default: the tree's: sql on "
                + "the standalone command line, migrations.autogenerate.format (java) in an application).")
        @Nullable String format;

        @Option(names = "--version-path", paramLabel = "DIR", description = "The directory to write to (default: the "
                + "tree's first filesystem location, else src/main/resources/db/revisions; src/main/java for Java).")
        @Nullable Path versionPath;

        @Option(names = "--java-package", paramLabel = "PACKAGE", description = "The package of a Java revision "
                + "(default: the tree's first Java package, else db.revisions).")
        @Nullable String javaPackage;

        @Override
        public Integer call() {
            return this.cli.run(new RevisionCommand(this.common.tree, this.message, this.autogenerate, this.head,
                    this.splice, this.branchLabels, this.dependsOn, this.revId, (this.format != null) ? RevisionFormat.of(this.format) : null,
                    this.versionPath, this.javaPackage), this.common.tree, this.common.json);
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Create a revision that merges two or more heads into one.")
    static final class MergeCli implements Callable<Integer> {

        @ParentCommand
        RevGraphCli cli;

        @Mixin
        CommonOptions common;

        @Parameters(arity = "1..*", paramLabel = "REV", description = "The revisions to merge: ids, label@head, or "
                + "heads for all of them.")
        List<String> revisions = new ArrayList<>();

        @Option(names = { "-m", "--message" }, required = true, paramLabel = "MESSAGE",
                description = "The revision's message.")
        String message;

        @Option(names = "--branch-label", paramLabel = "LABEL", description = "A branch label for the merge revision.")
        List<String> branchLabels = new ArrayList<>();

        @Option(names = "--rev-id", paramLabel = "ID", description = "The id to use instead of a generated one.")
        @Nullable String revId;

        @Option(names = "--format", paramLabel = "FORMAT", description = "sql or java (default: the tree's: sql on "
                + "the standalone command line, migrations.autogenerate.format (java) in an application).")
        @Nullable String format;

        @Option(names = "--version-path", paramLabel = "DIR", description = "The directory to write to.")
        @Nullable Path versionPath;

        @Option(names = "--java-package", paramLabel = "PACKAGE", description = "The package of a Java revision.")
        @Nullable String javaPackage;

        @Override
        public Integer call() {
            return this.cli.run(new MergeCommand(this.common.tree, this.revisions, this.message, this.branchLabels,
                    this.revId, (this.format != null) ? RevisionFormat.of(this.format) : null, this.versionPath, this.javaPackage), this.common.tree,
                    this.common.json);
        }
    }
}
