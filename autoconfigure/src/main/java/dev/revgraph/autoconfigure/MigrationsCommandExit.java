package dev.revgraph.autoconfigure;

/**
 * Ends the process once a command given on the command line ({@code java -jar app.jar migrations
 * upgrade}) is done. The default calls {@link System#exit(int)}; define a bean of this type to do
 * otherwise (a test records the status). When {@link #exit(int)} returns, the application goes on
 * starting without the start-up migration.
 */
@FunctionalInterface
public interface MigrationsCommandExit {

    /**
     * Called with the command's exit status: 0 success, 1 a check found something, 2 a usage or
     * revision error, 3 a database error.
     */
    void exit(int status);

    /** Exits the JVM with the status. */
    static MigrationsCommandExit system() {
        return System::exit;
    }

}
