package dev.revgraph.reliability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.revgraph.reliability.app.ReliabilityApplication;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The module's application started in the test JVM, for the matrices that would cost too many JVMs
 * (start-up fails the same way: {@code SpringApplication.run} throws, and the failure analyzer's report
 * goes to the log), or serving HTTP for the endpoint scenarios. Extra configuration classes (a statement log,
 * a security filter chain) can be added.
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
        return run(WebApplicationType.NONE, properties, extra);
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
        return run(WebApplicationType.SERVLET, served, extra);
    }

    /** The port a {@link #serve served} application listens on. */
    static int port(ConfigurableApplicationContext context) {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    private static ConfigurableApplicationContext run(WebApplicationType type, Map<String, String> properties,
            Class<?>... extra) {
        List<Class<?>> sources = new ArrayList<>(List.of(ReliabilityApplication.class));
        sources.addAll(List.of(extra));
        List<String> arguments = new ArrayList<>();
        properties.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        return new SpringApplicationBuilder(sources.toArray(Class[]::new)).web(type)
            .properties("spring.jmx.enabled=false", "management.endpoints.jmx.exposure.exclude=*")
            .run(arguments.toArray(String[]::new));
    }

}
