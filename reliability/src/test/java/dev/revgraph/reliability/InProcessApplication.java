package dev.revgraph.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.revgraph.reliability.app.ReliabilityApplication;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The module's application started in the test JVM, for the matrices that would cost too many JVMs
 * (start-up fails the same way: {@code SpringApplication.run} throws, and the failure analyzer's report
 * goes to the log). Extra configuration classes (a statement log) can be added.
 */
final class InProcessApplication {

    private InProcessApplication() {
    }

    /** Runs the application and closes it; the failure when start-up failed, else {@code null}. */
    static Throwable start(Map<String, String> properties, Class<?>... extra) {
        try (ConfigurableApplicationContext context = run(properties, extra)) {
            return null;
        }
        catch (Throwable ex) {
            return ex;
        }
    }

    static ConfigurableApplicationContext run(Map<String, String> properties, Class<?>... extra) {
        List<Class<?>> sources = new ArrayList<>(List.of(ReliabilityApplication.class));
        sources.addAll(List.of(extra));
        List<String> arguments = new ArrayList<>();
        properties.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        return new SpringApplicationBuilder(sources.toArray(Class[]::new)).web(WebApplicationType.NONE)
            .properties("spring.jmx.enabled=false", "management.endpoints.jmx.exposure.exclude=*")
            .run(arguments.toArray(String[]::new));
    }

}
