package dev.revgraph.command.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import dev.revgraph.command.DowngradeCommand;
import dev.revgraph.command.ResolveCommand;
import dev.revgraph.command.StampCommand;
import dev.revgraph.command.UpgradeCommand;
import dev.revgraph.runtime.ResolveAction;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** The commands that change the database: {@code upgrade}, {@code downgrade}, {@code stamp}, {@code resolve}. */
final class WriteCommands {

    private WriteCommands() {
    }

    @Command(name = "upgrade", mixinStandardHelpOptions = true, sortOptions = false,
            description = { "Upgrade to a later revision: heads (the default), head, an id, label@head, +N.",
                    "Without --tree, every tree is taken to heads in declared order.",
                    "With --sql, print the SQL instead; TARGET may be start:end." })
    static final class UpgradeCli implements Callable<Integer> {

        @ParentCommand
        RevGraphCli cli;

        @Mixin
        CommonOptions common;

        @Mixin
        SqlMixin sql;

        @Parameters(arity = "0..1", paramLabel = "TARGET", defaultValue = "heads", description = "What to upgrade to.")
        String target;

        @Override
        public Integer call() {
            return this.cli.run(new UpgradeCommand(this.common.tree, this.target, this.sql.options()),
                    this.common.tree, this.common.json);
        }
    }

    @Command(name = "downgrade", mixinStandardHelpOptions = true, sortOptions = false,
            description = { "Revert to an earlier revision: an id, -1, label@base, base.",
                    "With --sql, print the SQL instead; TARGET must then be start:end." })
    static final class DowngradeCli implements Callable<Integer> {

        @ParentCommand
        RevGraphCli cli;

        @Mixin
        CommonOptions common;

        @Mixin
        SqlMixin sql;

        @Parameters(paramLabel = "TARGET", description = "What to downgrade to.")
        String target;

        @Override
        public Integer call() {
            return this.cli.run(new DowngradeCommand(this.common.tree, this.target, this.sql.options()),
                    this.common.tree, this.common.json);
        }
    }

    @Command(name = "stamp", mixinStandardHelpOptions = true, sortOptions = false,
            description = { "Set the version rows to the given revisions without running anything.",
                    "With --sql, print the SQL instead; one target may be start:end." })
    static final class StampCli implements Callable<Integer> {

        @ParentCommand
        RevGraphCli cli;

        @Mixin
        CommonOptions common;

        @Mixin
        SqlMixin sql;

        @Parameters(arity = "1..*", paramLabel = "TARGET", description = "The revisions to stamp; base removes the "
                + "rows.")
        List<String> targets = new ArrayList<>();

        @Option(names = "--purge", description = "Delete every version row before stamping.")
        boolean purge;

        @Override
        public Integer call() {
            return this.cli.run(new StampCommand(this.common.tree, this.targets, this.purge, this.sql.options()),
                    this.common.tree, this.common.json);
        }
    }

    @Command(name = "resolve", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Settle a revision the migrator refuses to pass: a failed or interrupted attempt, or an "
                    + "edited script.")
    static final class ResolveCli implements Callable<Integer> {

        @ParentCommand
        RevGraphCli cli;

        @Mixin
        CommonOptions common;

        @Parameters(paramLabel = "REV", description = "The revision.")
        String revision;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Action action;

        static final class Action {

            @Option(names = "--retry", required = true, description = "Forget the failed attempt (after undoing what "
                    + "it did); the next upgrade runs it from its first statement.")
            boolean retry;

            @Option(names = "--mark-applied", required = true, description = "Record the revision as applied (after "
                    + "finishing its work by hand).")
            boolean markApplied;

            @Option(names = "--accept-checksum", required = true, description = "Record the current checksum of a "
                    + "deliberately edited script.")
            boolean acceptChecksum;

            ResolveAction value() {
                return this.retry ? ResolveAction.RETRY
                        : this.markApplied ? ResolveAction.MARK_APPLIED : ResolveAction.ACCEPT_CHECKSUM;
            }
        }

        @Override
        public Integer call() {
            return this.cli.run(new ResolveCommand(this.common.tree, this.revision, this.action.value()),
                    this.common.tree, this.common.json);
        }
    }
}
