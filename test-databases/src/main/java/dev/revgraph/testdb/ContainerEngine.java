package dev.revgraph.testdb;

import org.jspecify.annotations.Nullable;

/**
 * Starts database servers in containers, when a container engine answers.
 */
interface ContainerEngine {

    /**
     * Why no server of {@code kind} can be started in a container; asked only when no URL is set,
     * and quick when there is no engine.
     * @return a short reason, or {@code null} when a server can be started
     */
    @Nullable String unavailableReason(DatabaseKind kind);

    /** Starts a server of {@code kind} (once per JVM), which is not H2. */
    DatabaseServer start(DatabaseKind kind);

    /** An engine that is never there. */
    static ContainerEngine absent(String reason) {
        return new ContainerEngine() {

            @Override
            public String unavailableReason(DatabaseKind kind) {
                return reason;
            }

            @Override
            public DatabaseServer start(DatabaseKind kind) {
                throw new IllegalStateException(reason);
            }
        };
    }
}
