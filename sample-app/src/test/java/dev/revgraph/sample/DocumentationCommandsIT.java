package dev.revgraph.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.revgraph.sample.DocumentedCommands.Command;
import dev.revgraph.testdb.DatabaseKind;
import dev.revgraph.testdb.TestDatabase;
import dev.revgraph.testdb.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every {@code migrations} command that README.md and the guides in docs/ show, against the packaged
 * sample application, so the guides cannot rot. Each guide gets a working directory of its own (so a fresh
 * H2 file database, {@code ./data/feedback}, and a place for the files {@code revision} writes), and its
 * commands run there in the order the guide gives them, so state carries from one to the next, as it does
 * for a reader. Each must exit with the status the guide implies and, in a {@code console} block, print the
 * lines the guide shows (see {@link DocumentedCommands} for the convention). Commands that activate the
 * {@code postgres} or {@code mariadb} profile get a fresh database on that server, one per guide.
 *
 * <p>Every command is a {@code java -jar} of its own on the packaged jar ({@link SampleJvm} says with which
 * JVM options). The guides share nothing, so several run at once — as many as there are processors, or
 * {@code -Drevgraph.docs.parallelism=N} — each on its own thread, its commands in order; each command's
 * test reports what its run did.
 */
class DocumentationCommandsIT {

    private static final long TIMEOUT_SECONDS = 180;

    private static final Pattern MILLIS = Pattern.compile("\\b\\d+ ms\\b");

    private static final Pattern SECONDS = Pattern.compile("\\bin \\d+(\\.\\d+)? s\\b");

    private static final Pattern INSTANT = Pattern
        .compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");

    /** The guides that are sessions with the sample: each must show commands to run. */
    private static final List<String> GUIDES = List.of("README.md", "docs/creating-revisions.md",
            "docs/autogenerate.md", "docs/upgrade-and-downgrade.md", "docs/status.md", "docs/starting-over.md",
            "docs/trees.md", "docs/branches.md", "docs/diverged-database.md", "docs/model-and-test-kit.md",
            "docs/offline-sql.md", "docs/kubernetes.md");

    private static final List<TestDatabase> databases = Collections.synchronizedList(new ArrayList<>());

    /** The threads that run the guides; daemons, so that a hung command cannot keep the JVM alive. */
    private static final ExecutorService runners = Executors.newFixedThreadPool(
            Integer.getInteger("revgraph.docs.parallelism", Runtime.getRuntime().availableProcessors()), (task) -> {
                Thread thread = new Thread(task, "guide-runner");
                thread.setDaemon(true);
                return thread;
            });

    @TempDir
    static Path workspace;

    @AfterAll
    static void dropDatabases() throws InterruptedException {
        runners.shutdown();
        runners.awaitTermination(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        databases.forEach(TestDatabase::close);
    }

    @Test
    void theGuidesShowCommandsToRun() throws IOException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Path guide : guides()) {
            counts.put(name(guide), DocumentedCommands.read(guide).size());
        }
        System.out.println("Documented migrations commands per guide: " + counts);
        assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThan(100);
        assertThat(counts).allSatisfy((guide, count) -> {
            if (GUIDES.contains(guide)) {
                assertThat(count).as("commands in %s", guide).isPositive();
            }
        });
    }

    @TestFactory
    Stream<DynamicNode> everyCommandInTheGuidesRunsAsTheGuideSays() throws IOException {
        List<String> launch = SampleJvm.command(workspace);
        List<DynamicNode> nodes = new ArrayList<>();
        List<Guide> guides = new ArrayList<>();
        for (Path file : guides()) {
            List<Command> commands = DocumentedCommands.read(file);
            if (commands.isEmpty()) {
                continue;
            }
            Guide guide = new Guide(name(file), commands, launch);
            guides.add(guide);
            List<DynamicTest> tests = new ArrayList<>();
            for (int i = 0; i < commands.size(); i++) {
                int index = i;
                Command command = commands.get(i);
                tests.add(DynamicTest.dynamicTest("line " + command.line() + ": " + command.text(),
                        () -> guide.outcome(index)));
            }
            nodes.add(DynamicContainer.dynamicContainer(guide.name, file.toUri(), tests.stream()));
        }
        // The longest guides first, so that the last to finish is a short one
        guides.stream()
            .sorted(Comparator.comparingInt((Guide guide) -> guide.commands.size()).reversed())
            .forEach((guide) -> runners.execute(guide::runAll));
        return nodes.stream();
    }

    /** The guide's path from the repository's root: {@code README.md}, {@code docs/branches.md}. */
    private static String name(Path guide) {
        return root().relativize(guide).toString().replace('\\', '/');
    }

    private static Path root() {
        return Path.of(System.getProperty("revgraph.docs.root", "..")).toAbsolutePath().normalize();
    }

    /** README.md, then the guides in docs/, by name. */
    private static List<Path> guides() throws IOException {
        Path root = root();
        List<Path> guides = new ArrayList<>();
        guides.add(root.resolve("README.md"));
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter((path) -> path.toString().endsWith(".md")).sorted().forEach(guides::add);
        }
        return guides;
    }

    /** One guide's commands, working directory and databases, and what each command's run did. */
    private static final class Guide {

        private final String name;

        private final List<Command> commands;

        private final List<String> launch;

        private final List<CompletableFuture<Void>> outcomes = new ArrayList<>();

        private final Map<String, TestDatabase> profileDatabases = new LinkedHashMap<>();

        private Path directory;

        Guide(String name, List<Command> commands, List<String> launch) {
            this.name = name;
            this.commands = commands;
            this.launch = launch;
            commands.forEach((command) -> this.outcomes.add(new CompletableFuture<>()));
        }

        /** Runs the commands in the guide's order, each whatever happened to the ones before, as a reader would. */
        void runAll() {
            for (int i = 0; i < this.commands.size(); i++) {
                try {
                    run(this.commands.get(i));
                    this.outcomes.get(i).complete(null);
                }
                catch (Throwable ex) {
                    this.outcomes.get(i).completeExceptionally(ex);
                }
            }
        }

        /** Waits for the command at {@code index} to have run; throws what its run threw (a failure, a skip). */
        void outcome(int index) throws Throwable {
            try {
                this.outcomes.get(index).get();
            }
            catch (ExecutionException ex) {
                throw ex.getCause();
            }
        }

        private void run(Command command) throws Exception {
            if (command.kind() != DocumentedCommands.Kind.MIGRATIONS) {
                fileStep(command);
                return;
            }
            if (command.text().contains("$")) {
                throw new TestAbortedException(command + ": uses a shell variable, so it is not run");
            }
            List<String> line = new ArrayList<>(this.launch);
            line.addAll(command.properties());
            line.add("migrations");
            line.addAll(command.arguments());
            ProcessBuilder builder = new ProcessBuilder(line).directory(directory().toFile()).redirectErrorStream(true);
            DatabaseKind server = server(command.profile());
            if (server != null) {
                TestDatabase database = this.profileDatabases.computeIfAbsent(server.id(), (id) -> database(server));
                builder.environment().put("FEEDBACK_DB_URL", database.jdbcUrl());
                builder.environment().put("FEEDBACK_DB_USER", database.user());
                builder.environment().put("FEEDBACK_DB_PASSWORD", database.password());
            }
            Path log = Files.createTempFile(directory(), "run", ".log");
            Process process = builder.redirectOutput(log.toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command + " still running after " + TIMEOUT_SECONDS + "s:\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as("exit status of %s; it printed:%n%s", command, output)
                .isEqualTo(command.expectedExit());
            if (command.output() != null) {
                assertShows(command, output);
            }
        }

        private Path directory() throws IOException {
            if (this.directory == null) {
                this.directory = Files.createDirectories(workspace.resolve(this.name.replace(".md", "").replace('/', '-')));
            }
            return this.directory;
        }

        /** Does what a {@code mkdir}, {@code rm} or {@code mv} line of the guide does, in the guide's folder. */
        private void fileStep(Command command) throws IOException {
            Path folder = directory();
            List<Path> paths = command.arguments().stream().map(folder::resolve).toList();
            switch (command.kind()) {
                case MKDIR -> {
                    for (Path path : paths) {
                        Files.createDirectories(path);
                    }
                }
                case REMOVE -> {
                    for (Path path : paths) {
                        if (Files.exists(path)) {
                            try (Stream<Path> tree = Files.walk(path)) {
                                for (Path each : tree.sorted(Comparator.reverseOrder()).toList()) {
                                    Files.delete(each);
                                }
                            }
                        }
                    }
                }
                case MOVE -> {
                    assertThat(paths.get(0)).as("%s: the file to move", command).exists();
                    Path target = Files.isDirectory(paths.get(1)) ? paths.get(1).resolve(paths.get(0).getFileName())
                            : paths.get(1);
                    Files.move(paths.get(0), target);
                }
                default -> throw new IllegalStateException(command.toString());
            }
        }

        /** The server a profile of the sample points at, or {@code null} for its H2 file. */
        private static DatabaseKind server(String profiles) {
            if (profiles == null) {
                return null;
            }
            List<String> names = List.of(profiles.split(","));
            return names.contains("postgres") ? DatabaseKind.POSTGRESQL
                    : names.contains("mariadb") ? DatabaseKind.MARIADB : null;
        }

        private static TestDatabase database(DatabaseKind kind) {
            TestDatabase database = TestDatabases.create(kind);
            databases.add(database);
            return database;
        }

        /** The lines the guide shows appear in what the command printed, in order. */
        private static void assertShows(Command command, String output) {
            List<String> actual = output.lines().map(Guide::normalize).toList();
            int from = 0;
            for (String shown : command.output()) {
                if (shown.isBlank()) {
                    continue;
                }
                Pattern expected = pattern(normalize(shown));
                int found = -1;
                for (int i = from; i < actual.size() && found < 0; i++) {
                    if (expected.matcher(actual.get(i)).matches()) {
                        found = i;
                    }
                }
                assertThat(found).as("%s: the guide shows%n  %s%nbut after what came before it the command printed"
                        + "%n%s", command, shown, String.join("\n", actual.subList(from, actual.size()))).isNotNegative();
                from = found + 1;
            }
        }

        /** Durations and instants vary from run to run: compare them as placeholders. */
        private static String normalize(String line) {
            String normalized = MILLIS.matcher(line.stripTrailing()).replaceAll("N ms");
            normalized = SECONDS.matcher(normalized).replaceAll("in N s");
            return INSTANT.matcher(normalized).replaceAll("<instant>");
        }

        /** The line, literally, except that {@code …} in the guide matches any text. */
        private static Pattern pattern(String shown) {
            StringBuilder regex = new StringBuilder();
            for (String part : shown.split("…", -1)) {
                if (!regex.isEmpty()) {
                    regex.append(".*");
                }
                regex.append(Pattern.quote(part));
            }
            return Pattern.compile(regex.toString());
        }
    }

}
