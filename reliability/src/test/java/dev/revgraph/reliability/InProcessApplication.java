package dev.revgraph.reliability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import dev.revgraph.autoconfigure.MigrationsCommandExit;
import dev.revgraph.reliability.app.ReliabilityApplication;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The module's application started in the test JVM, for the matrices that would cost too many JVMs
 * (start-up fails the same way: {@code SpringApplication.run} throws, and the failure analyzer's report
 * goes to the log; a command prints what it prints and hands over the same exit status), or serving HTTP
 * for the endpoint scenarios. Extra configuration classes (a statement log, a security filter chain) can
 * be added.
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
        return builder(WebApplicationType.NONE, extra).run(arguments(properties).toArray(String[]::new));
    }

    /**
     * The application with its web server on a free port ({@link #port}), for the endpoint over real HTTP;
     * the caller closes it.
     */
    static ConfigurableApplicationContext serve(Map<String, String> properties, Class<?>... extra) {
        Map<String, String> served = new LinkedHashMap<>();
        served.put("server.port", "0");
        served.put("server.address", "127.0.0.1");
        served.putAll(properties);
        return builder(WebApplicationType.SERVLET, extra).run(arguments(served).toArray(String[]::new));
    }

    /** The port a {@link #serve served} application listens on. */
    static int port(ConfigurableApplicationContext context) {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    /**
     * Runs {@code migrations <words>} in command mode, as {@code java -jar app.jar --k=v... migrations <words>}
     * would, and closes the application; the command's exit status, which a {@link MigrationsCommandExit}
     * bean records instead of ending this JVM.
     */
    static int command(Map<String, String> properties, String... words) {
        AtomicInteger status = new AtomicInteger(-1);
        List<String> arguments = arguments(properties);
        arguments.add("migrations");
        arguments.addAll(List.of(words));
        try (ConfigurableApplicationContext context = builder(WebApplicationType.NONE)
            .initializers((application) -> application.getBeanFactory()
                .registerSingleton("recordingMigrationsCommandExit", (MigrationsCommandExit) status::set))
            .run(arguments.toArray(String[]::new))) {
            return status.get();
        }
    }

    private static SpringApplicationBuilder builder(WebApplicationType type, Class<?>... extra) {
        List<Class<?>> sources = new ArrayList<>(List.of(ReliabilityApplication.class));
        sources.addAll(List.of(extra));
        return new SpringApplicationBuilder(sources.toArray(Class[]::new)).web(type)
            .properties("spring.jmx.enabled=false", "management.endpoints.jmx.exposure.exclude=*");
    }

    private static List<String> arguments(Map<String, String> properties) {
        List<String> arguments = new ArrayList<>();
        properties.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        return arguments;
    }

}
