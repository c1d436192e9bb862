package dev.revgraph.command.cli;

import java.util.concurrent.Callable;

import dev.revgraph.command.BranchesCommand;
import dev.revgraph.command.CheckCommand;
import dev.revgraph.command.CurrentCommand;
import dev.revgraph.command.HeadsCommand;
import dev.revgraph.command.HistoryCommand;
import dev.revgraph.command.PendingCommand;
import dev.revgraph.command.ShowCommand;

import org.jspecify.annotations.Nullable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** The commands that only read: {@code current}, {@code history}, {@code heads}, {@code branches}, {@code show}, {@code pending}, {@code check}. */
final class ReadCommands {

    private ReadCommands() {
    }

    @Command(name = "current", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Show the database's current revision(s), for every tree unless --tree names one.")
    static final class CurrentCli implements Callable<Integer> {

        @ParentCommand
        RevGraphCli cli;

        @Mixin
        CommonOptions common;

        @Option(names = { "-v", "--verbose" }, description = "Show each revision in full.")
        boolean verbose;

        @Override
        public Integer call() {
            return this.cli.run(new CurrentCommand(this.common.tree, this.verbose), this.common.tree,
                    this.common.json);
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true, sortOptions = false,
            description = "List the revisions, newest first.")
    static final class HistoryCli implements Callable<Integer> {

        @ParentCommand
        RevGraphCli cli;

        @Mixin
        CommonOptions common;

        @Option(names = { "-r", "--rev-range" }, paramLabel = "RANGE", description = "start:end, either optional; "
                + "current stands for the database's revision.")
        @Nullable String range;

        @Option(names = { "-v", "--verbose" }, description = "Show each revision in full.")
        boolean verbose;

        @Option(names = { "-i", "--indicate-current" }, description = "Mark the database's current revision(s).")
        boolean indicateCurrent;

        @Override
        public Integer call() {
            return this.cli.run(new HistoryCommand(this.common.tree, this.range, this.verbose, this.indicateCurrent),
                    this.common.tree, this.common.json);
        }
    }

    @Command(name = "heads", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Show the heads of the revision graph.")
    static final class HeadsCli implements Callable<Integer> {

        @ParentCommand
        RevGraphCli cli;

        @Mixin
        CommonOptions common;

        @Option(names = { "-v", "--verbose" }, description = "Show each head in full.")
        boolean verbose;

        @Override
        public Integer call() {
            return this.cli.run(new HeadsCommand(this.common.tree, this.verbose), this.common.tree, this.common.json);
        }
    }

    @Command(name = "branches", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Show the branch points of the revision graph.")
    static final class BranchesCli implements Callable<Integer> {

        @ParentCommand
        RevGraphCli cli;

        @Mixin
        CommonOptions common;

        @Option(names = { "-v", "--verbose" }, description = "Show each branch point in full.")
        boolean verbose;

        @Override
        public Integer call() {
            return this.cli.run(new BranchesCommand(this.common.tree, this.verbose), this.common.tree,
                    this.common.json);
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Show revisions in full: an id, a label, heads, or current (the database's).")
    static final class ShowCli implements Callable<Integer> {

        @ParentCommand
        RevGraphCli cli;

        @Mixin
        CommonOptions common;

        @Parameters(paramLabel = "REV", description = "The revision(s) to show.")
        String revision;

        @Override
        public Integer call() {
            return this.cli.run(new ShowCommand(this.common.tree, this.revision), this.common.tree, this.common.json);
        }
    }

    @Command(name = "pending", mixinStandardHelpOptions = true, sortOptions = false,
            description = { "List what upgrade heads would run, for every tree unless --tree names one.",
                    "Exit status 1 when anything is pending." })
    static final class PendingCli implements Callable<Integer> {

        @ParentCommand
        RevGraphCli cli;

        @Mixin
        CommonOptions common;

        @Override
        public Integer call() {
            return this.cli.run(new PendingCommand(this.common.tree), this.common.tree, this.common.json);
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Compare the entity model with the database; exit 1 when they differ (needs the entity "
                    + "model: run it from the application).")
    static final class CheckCli implements Callable<Integer> {

        @ParentCommand
        RevGraphCli cli;

        @Mixin
        CommonOptions common;

        @Override
        public Integer call() {
            return this.cli.run(new CheckCommand(this.common.tree), this.common.tree, this.common.json);
        }
    }
}
