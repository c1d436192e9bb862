package dev.revgraph.command;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** Runs commands against a context and keeps what they print. */
final class CommandTester {

    private final CommandContext context;

    CommandTester(CommandContext context) {
        this.context = context;
    }

    static CommandTester of(MigrationTree... trees) {
        return new CommandTester(CommandContext.builder().trees(List.of(trees)).build());
    }

    static MigrationTree tree(String name, String... locations) {
        return MigrationTree.builder(name).locations(List.of(locations)).build();
    }

    Run text(MigrationCommand command) {
        return run(command, false);
    }

    Run json(MigrationCommand command) {
        return run(command, true);
    }

    Run run(MigrationCommand command, boolean json) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = new CommandRunner(this.context, new PrintWriter(out), new PrintWriter(err)).run(command, json);
        return new Run(status, out.toString(), err.toString());
    }

    /** What a run printed and returned. */
    record Run(int status, String out, String err) {

        List<String> lines() {
            return out.lines().toList();
        }
    }
}
