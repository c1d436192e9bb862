package dev.revgraph.autoconfigure.actuate;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import dev.revgraph.runtime.Migrator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * The runs the endpoint has started, stopped in order when the application shuts down: each is asked
 * to stop after the step that is running ({@link Migrator#requestStop()}) and waited for, before the web
 * server's graceful shutdown and before the DataSource closes. Without it, the graceful shutdown waited
 * for every remaining step of a POSTed upgrade, and one that outlasted the shutdown phase had its pool
 * closed under the running step. A run that starts while the application is stopping runs nothing. The
 * request that started a run answers {@code interrupted}.
 */
public class RunningMigrations implements SmartLifecycle {

    private static final Logger logger = LoggerFactory.getLogger(RunningMigrations.class);

    private final Set<Migrator> running = ConcurrentHashMap.newKeySet();

    private final Duration stopWait;

    private volatile boolean started;

    private volatile boolean stopping;

    /** Waits at most {@code stopWait} in all for the runs to end when the application stops. */
    public RunningMigrations(Duration stopWait) {
        this.stopWait = stopWait;
    }

    /** Runs {@code work}, which uses {@code migrator}, as one of the runs to stop when the application stops. */
    <T> T run(Migrator migrator, Supplier<T> work) {
        this.running.add(migrator);
        try {
            if (this.stopping) {
                migrator.requestStop();
            }
            return work.get();
        }
        finally {
            this.running.remove(migrator);
        }
    }

    @Override
    public void start() {
        this.started = true;
        this.stopping = false;
    }

    @Override
    public void stop() {
        this.stopping = true;
        this.started = false;
        if (this.running.isEmpty()) {
            return;
        }
        logger.warn("Shutting down while {} migration run(s) started over HTTP are in progress: stopping each after "
                + "the step that is running", this.running.size());
        this.running.forEach(Migrator::requestStop);
        long deadline = System.nanoTime() + this.stopWait.toNanos();
        for (Migrator migrator : this.running) {
            try {
                Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
                if (!migrator.awaitIdle(left)) {
                    logger.warn("A migration run is still in its step after {} s; not waiting any longer",
                            this.stopWait.toSeconds());
                    return;
                }
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public boolean isRunning() {
        return this.started;
    }

    /** Stops with the first lifecycle beans, before the web server's graceful shutdown waits for requests. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE;
    }
}
