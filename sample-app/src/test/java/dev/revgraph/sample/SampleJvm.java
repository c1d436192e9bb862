package dev.revgraph.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How the process-level tests start the packaged sample: {@code java <options> -jar <the sample's jar>},
 * with options that make a short command start faster and change nothing it does.
 *
 * <ul>
 * <li>{@code -XX:TieredStopAtLevel=1}: the quick compiler only; start-up is most of each run.</li>
 * <li>{@code -XX:+UseSerialGC -XX:-UsePerfData}: one collector thread, no shared-memory counters file.</li>
 * <li>A class data sharing archive ({@code -XX:SharedArchiveFile}) written by one training run of the
 * same jar ({@code migrations upgrade}, then {@code migrations check} with
 * {@code -XX:ArchiveClassesAtExit}), so later JVMs map parsed and verified classes instead of reading
 * them again. It holds classes, not behaviour: the JVM refuses the archive when the jar is not the one
 * it was made from, takes an archived class from it only when the bytes the jar gives for that class
 * match (size and CRC), and reads everything else — resources and revisions, classes the training did
 * not load — from the jar. On JDK 17 this works on Spring Boot's executable jar as it is, its nested jars
 * included, so the tests still run the packaged jar as a user runs it. When the training fails, the
 * JVMs start without the archive.</li>
 * </ul>
 *
 * Measured on the 2-core machine, {@code migrations current} on the sample, medians of 8 interleaved runs
 * each: with {@code -XX:TieredStopAtLevel=1} alone 3.4 s wall and 2.9 s CPU at load 4–10, 2.0 s and 2.6 s
 * at load 2–3; with all of the above 2.8 s and 2.4 s, and 1.6 s and 2.1 s. A command keeps more than
 * one core busy (the compiler's thread takes a quarter of its CPU), so on two cores running two at once
 * gains less than twice.
 */
final class SampleJvm {

    private static final List<String> FAST_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-XX:-UsePerfData");

    private static final long TRAINING_TIMEOUT_SECONDS = 180;

    private static List<String> options;

    private SampleJvm() {
    }

    /**
     * {@code java}, the options and {@code -jar <jar>}: what a command line starts with. The archive is
     * made on first use, in {@code scratch}.
     */
    static synchronized List<String> command(Path scratch) {
        if (options == null) {
            options = new ArrayList<>(FAST_START);
            options.addAll(archive(scratch));
        }
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(options);
        command.addAll(List.of("-jar", jar().toString()));
        return command;
    }

    /** The options that use a new archive of the jar, or none when it could not be made. */
    private static List<String> archive(Path scratch) {
        try {
            Path training = Files.createDirectories(scratch.resolve("class-data-sharing"));
            Path archive = training.resolve("sample.jsa");
            List<String> jvm = new ArrayList<>(List.of(java()));
            jvm.addAll(FAST_START);
            // The commands load the model, the catalog reader and the comparison: most of what any command loads.
            if (train(jvm, List.of("upgrade"), training) != 0) {
                return List.of();
            }
            jvm.add("-XX:ArchiveClassesAtExit=" + archive);
            train(jvm, List.of("check"), training);
            if (!Files.isRegularFile(archive)) {
                return List.of();
            }
            return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        }
        catch (IOException ex) {
            return List.of();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    private static int train(List<String> jvm, List<String> arguments, Path directory)
            throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(jvm);
        line.addAll(List.of("-jar", jar().toString(), "--logging.level.root=warn", "migrations"));
        line.addAll(arguments);
        Process process = new ProcessBuilder(line).directory(directory.toFile())
            .redirectErrorStream(true)
            .redirectOutput(directory.resolve("training-" + arguments.get(0) + ".log").toFile())
            .start();
        if (!process.waitFor(TRAINING_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The packaged sample, which failsafe names in {@code revgraph.sample.jar}. */
    static Path jar() {
        String jar = System.getProperty("revgraph.sample.jar");
        if (jar == null) {
            throw new IllegalStateException("system property revgraph.sample.jar (set by failsafe) is missing");
        }
        return Path.of(jar);
    }
}
