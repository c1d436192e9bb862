package dev.revgraph.command;

/**
 * A command was asked for something it cannot do as asked: a missing or contradictory argument, an
 * unknown tree, several trees where one is needed. Exit status 2, code {@code usage}.
 */
public class CommandUsageException extends RuntimeException {

    public CommandUsageException(String message) {
        super(message);
    }
}
