package dev.revgraph.command.cli;

import org.jspecify.annotations.Nullable;

import picocli.CommandLine.Option;

/** {@code --tree} and {@code --json}, which every command takes. */
final class CommonOptions {

    @Option(names = "--tree", paramLabel = "NAME", description = "The tree to act on (default: every tree for "
            + "upgrade, pending, current and check; the only tree otherwise).")
    @Nullable String tree;

    @Option(names = "--json", description = "Print the result as JSON instead of text.")
    boolean json;
}
