package dev.revgraph.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts the application JVMs with a class data sharing archive, as Spring Boot documents for faster
 * start-up: the jar is extracted ({@code -Djarmode=tools extract}) and one training run writes the
 * archive ({@code -XX:ArchiveClassesAtExit}). On two shared cores this roughly halves what eight JVMs
 * cost to start. When any of it fails, the JVMs start from the plain jar.
 */
final class ClassDataSharing {

    private static List<String> launch;

    private ClassDataSharing() {
    }

    /** What follows the JVM options: {@code -XX:SharedArchiveFile=... -jar extracted.jar}, or {@code -jar app.jar}. */
    static synchronized List<String> launch() {
        if (launch == null) {
            launch = prepare();
        }
        return launch;
    }

    private static List<String> prepare() {
        Path jar = AppLauncher.jar();
        List<String> plain = List.of("-jar", jar.toString());
        if (Boolean.getBoolean("revgraph.reliability.no-cds")) {
            return plain;
        }
        try {
            Path directory = WorkDirectory.of("cds");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Path extracted = directory.resolve("app");
            if (run(List.of(java, "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination",
                    extracted.toString()), directory.resolve("extract.log")) != 0) {
                return plain;
            }
            Path extractedJar = extracted.resolve(jar.getFileName());
            Path archive = directory.resolve("app.jsa");
            int training = run(List.of(java, "-XX:ArchiveClassesAtExit=" + archive, "-Xmx256m",
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", extractedJar.toString(),
                    "--spring.datasource.url=jdbc:h2:mem:training", "--reliability.exit-after-start=true",
                    "--spring.main.web-application-type=none"), directory.resolve("training.log"));
            if (training != 0 || !Files.isRegularFile(archive)) {
                return List.of("-jar", extractedJar.toString());
            }
            return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-jar",
                    extractedJar.toString());
        }
        catch (IOException | RuntimeException ex) {
            return plain;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return plain;
        }
    }

    private static int run(List<String> command, Path log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

}
