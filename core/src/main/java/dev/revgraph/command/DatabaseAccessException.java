package dev.revgraph.command;

import java.sql.SQLException;

/** A command could not reach or read the database (exit status 3); the cause is the driver's error. */
public class DatabaseAccessException extends RuntimeException {

    public DatabaseAccessException(String message, SQLException cause) {
        super(message, cause);
    }
}
