package dev.revgraph.reliability.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application the reliability suite launches as real JVMs ({@code java -jar revgraph-reliability.jar}):
 * the starter, a DataSource from {@code spring.datasource.*}, the revision sets under {@code db/} and
 * {@code dev.revgraph.reliability.revisions}, and two test-only switches:
 * <ul>
 * <li>{@code reliability.gate-dir}: start-up waits at a gate (see {@link StartGate}) before it migrates;</li>
 * <li>{@code reliability.exit-after-start=true}: once started, print {@value #STARTED} and exit 0, so a
 * boot is a process that ends (a failed start-up ends with status 1 and the failure analyzer's text).</li>
 * </ul>
 */
@SpringBootApplication
public class ReliabilityApplication {

    /** Printed once the application has started (after its migrations). */
    public static final String STARTED = "RELIABILITY-APP-STARTED";

    public static void main(String[] args) {
        ConfigurableApplicationContext context = SpringApplication.run(ReliabilityApplication.class, args);
        if (context.getEnvironment().getProperty("reliability.exit-after-start", Boolean.class, false)) {
            System.out.println(STARTED);
            System.out.flush();
            System.exit(SpringApplication.exit(context));
        }
    }

}
