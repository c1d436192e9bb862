package dev.revgraph.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Launches the module's packaged application ({@code java -jar revgraph-reliability.jar}) as a real JVM
 * with a small heap, Spring properties as {@code --name=value} arguments, and its output (stdout and
 * stderr together) captured line by line, so that a test can wait for a line, kill the process at a
 * moment of its choosing, and read everything it printed.
 */
final class AppLauncher {

    /** Generous: eight JVMs start at once on two shared cores. */
    static final Duration TIMEOUT = Duration.ofMinutes(4);

    private static final List<String> JVM_OPTIONS = List.of("-Xmx128m", "-Xss512k", "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC", "-Xshare:auto", "-XX:-UsePerfData");

    private final Map<String, String> properties = new LinkedHashMap<>();

    private final List<String> systemProperties = new ArrayList<>();

    private final Map<String, String> environment = new LinkedHashMap<>();

    private final List<String> command = new ArrayList<>();

    private String name = "app";

    AppLauncher property(String name, Object value) {
        this.properties.put(name, String.valueOf(value));
        return this;
    }

    AppLauncher properties(Map<String, String> properties) {
        this.properties.putAll(properties);
        return this;
    }

    AppLauncher systemProperty(String name, Object value) {
        this.systemProperties.add("-D" + name + "=" + value);
        return this;
    }

    AppLauncher environment(String name, String value) {
        this.environment.put(name, value);
        return this;
    }

    /** Command mode: {@code migrations <words>}. */
    AppLauncher command(String... words) {
        this.command.add("migrations");
        this.command.addAll(List.of(words));
        return this;
    }

    AppLauncher name(String name) {
        this.name = name;
        return this;
    }

    /** A boot that exits 0 once started: no web server, {@code reliability.exit-after-start}. */
    static AppLauncher boot(TrialDatabase database) {
        return new AppLauncher().properties(database.springProperties())
            .property("spring.main.web-application-type", "none")
            .property("reliability.exit-after-start", true);
    }

    /** Command mode against {@code database}. */
    static AppLauncher command(TrialDatabase database, String... words) {
        return new AppLauncher().properties(database.springProperties()).command(words);
    }

    Running start() {
        List<String> arguments = new ArrayList<>();
        arguments.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        arguments.addAll(JVM_OPTIONS);
        arguments.addAll(this.systemProperties);
        arguments.addAll(ClassDataSharing.launch());
        this.properties.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        arguments.addAll(this.command);
        ProcessBuilder builder = new ProcessBuilder(arguments).redirectErrorStream(true);
        builder.environment().putAll(this.environment);
        try {
            return new Running(this.name, builder.start());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Starts the application and waits for it to end. */
    Ended run() {
        return start().awaitEnd(TIMEOUT);
    }

    /** A TCP port free right now, for {@code server.port}. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static Path jar() {
        String jar = System.getProperty("revgraph.reliability.jar");
        assertThat(jar).as("system property revgraph.reliability.jar (set by failsafe)").isNotNull();
        Path path = Path.of(jar);
        assertThat(path).as("the packaged reliability application").isRegularFile();
        return path;
    }

    /** A running application. */
    static final class Running {

        private final String name;

        private final Process process;

        private final List<String> lines = new ArrayList<>();

        private final List<Watch> watches = new ArrayList<>();

        private final Thread reader;

        Running(String name, Process process) {
            this.name = name;
            this.process = process;
            this.reader = new Thread(this::read, "output of " + name);
            this.reader.setDaemon(true);
            this.reader.start();
        }

        private void read() {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    synchronized (this) {
                        this.lines.add(line);
                        for (Watch watch : this.watches) {
                            if (watch.pattern.test(line)) {
                                watch.latch.countDown();
                            }
                        }
                    }
                }
            }
            catch (IOException ex) {
                // the process is gone
            }
        }

        long pid() {
            return this.process.pid();
        }

        Process process() {
            return this.process;
        }

        boolean isAlive() {
            return this.process.isAlive();
        }

        /** Whether a line printed so far matches. */
        synchronized boolean hasLine(Predicate<String> pattern) {
            return this.lines.stream().anyMatch(pattern);
        }

        /** Waits until a line matches; false when the process ended or the time ran out first. */
        boolean awaitLine(Predicate<String> pattern, Duration timeout) {
            Watch watch = new Watch(pattern);
            synchronized (this) {
                if (this.lines.stream().anyMatch(pattern)) {
                    return true;
                }
                this.watches.add(watch);
            }
            long deadline = System.nanoTime() + timeout.toNanos();
            try {
                while (System.nanoTime() < deadline) {
                    if (watch.latch.await(20, TimeUnit.MILLISECONDS)) {
                        return true;
                    }
                    if (!this.process.isAlive()) {
                        this.reader.join(5000);
                        return watch.latch.getCount() == 0;
                    }
                }
                return false;
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        /** kill -9. */
        Ended kill() {
            this.process.destroyForcibly();
            return awaitEnd(Duration.ofMinutes(1));
        }

        /**
         * SIGTERM, through the process handle: {@code Process.destroy()} also closes the pipes, and what
         * the process writes while it shuts down would be lost.
         */
        void terminate() {
            this.process.toHandle().destroy();
        }

        Ended awaitEnd(Duration timeout) {
            try {
                if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    this.process.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
                    this.reader.join(5000);
                    throw new AssertionError(this.name + " still running after " + timeout + "; killed it. Output:\n"
                            + output());
                }
                this.reader.join(10_000);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                this.process.destroyForcibly();
                throw new IllegalStateException(ex);
            }
            return new Ended(this.name, this.process.exitValue(), output());
        }

        synchronized String output() {
            return String.join("\n", this.lines);
        }

        private record Watch(Predicate<String> pattern, CountDownLatch latch) {

            Watch(Predicate<String> pattern) {
                this(pattern, new CountDownLatch(1));
            }

        }

    }

    /** An application that has ended. */
    record Ended(String name, int exitCode, String output) {

        /** Writes the output next to the test's other files, for a human reading a failure. */
        Ended saveTo(Path directory) {
            try {
                Files.createDirectories(directory);
                Files.writeString(directory.resolve(this.name + ".log"), this.output, StandardCharsets.UTF_8);
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            return this;
        }

        @Override
        public String toString() {
            return this.name + " exited " + this.exitCode + ":\n" + this.output;
        }

    }

}
