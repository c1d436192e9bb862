package dev.revgraph.reliability.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.revgraph.autoconfigure.MigrationsStrategy;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Test only, with {@code reliability.gate-dir=DIR}: start-up announces itself with a file
 * {@code DIR/waiting-<instance>}, waits until {@code DIR/go} exists, and then migrates exactly as
 * {@code on-startup: upgrade} would ({@link MigrationsStrategy#upgrade()}). Every instance has its
 * DataSource, its revisions and its Spring context ready before the gate opens, so the instances reach
 * the migration lock together.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("reliability.gate-dir")
class StartGate {

    private static final Log logger = LogFactory.getLog(StartGate.class);

    @Bean
    MigrationsStrategy gatedMigrationsStrategy(Environment environment, InstanceName instance) {
        Path gate = Path.of(environment.getRequiredProperty("reliability.gate-dir"));
        MigrationsStrategy upgrade = MigrationsStrategy.upgrade();
        return (context) -> {
            try {
                Files.createDirectories(gate);
                Files.writeString(gate.resolve("waiting-" + instance.value()), String.valueOf(ProcessHandle.current().pid()));
                logger.info("Waiting at the start gate " + gate);
                while (!Files.exists(gate.resolve("go"))) {
                    Thread.sleep(10);
                }
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted at the start gate", ex);
            }
            logger.info("Through the start gate");
            upgrade.migrate(context);
        };
    }

}
