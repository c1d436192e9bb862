package dev.revgraph.reliability;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import dev.revgraph.RevGraphException;
import dev.revgraph.runtime.MigrationSettings;
import dev.revgraph.runtime.Migrator;
import dev.revgraph.script.LoadedRevisions;
import dev.revgraph.script.RevisionLoader;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Scenario 5, bad input: at least 100 malformed or hostile revision sets ({@link HostileScripts}) — every
 * one is refused with an error that names the file and line (between files: every file involved), and
 * with zero SQL executed: the {@link StatementLog} around the DataSource shows no statement at all, not
 * even the session settings or the lock (only connections and metadata reads). Each case is guarded by a
 * JUnit {@code @Timeout} against a hang; nothing is timed.
 *
 * <p>Twice: through RevGraph's API (load, create the migrator, upgrade) for every case, and through the
 * application started in this JVM (start-up fails, the failure analyzer reports the file and line) — for
 * every case in the full tier, every fifth in the fast one.
 */
@ExtendWith(OutputCaptureExtension.class)
class BadInputIT {

    private static final AtomicInteger databases = new AtomicInteger();

    static Stream<HostileScripts.Case> cases() {
        return HostileScripts.all().stream();
    }

    static Stream<HostileScripts.Case> applicationCases() {
        List<HostileScripts.Case> all = HostileScripts.all();
        List<HostileScripts.Case> chosen = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (Tier.full() || i % 5 == 0 || all.get(i).name().startsWith("java_")) {
                chosen.add(all.get(i));
            }
        }
        return chosen.stream();
    }

    @Test
    void thereAreAtLeastAHundredCases() {
        assertThat(HostileScripts.all()).hasSizeGreaterThanOrEqualTo(100);
        assertThat(HostileScripts.corpus()).hasSize(63);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void refusedWithFileAndLineBeforeAnySql(HostileScripts.Case hostile) {
        Path directory = write(hostile, "api");
        DataSource dataSource = StatementLog.wrap(h2());
        StatementLog.clear();
        Throwable thrown = catchThrowable(() -> {
            LoadedRevisions revisions = RevisionLoader.forClassLoader(getClass().getClassLoader())
                .load(List.of("filesystem:" + directory), "h2", packages(hostile));
            Migrator.create(dataSource, revisions, MigrationSettings.defaults()).upgrade("heads");
        });
        List<String> sql = StatementLog.sql();
        assertThat(thrown).as("%s is refused", hostile).isNotNull();
        assertThat(thrown).as("%s: %s", hostile, thrown).isInstanceOf(RevGraphException.class);
        assertNamesFileAndLine(hostile, thrown.getMessage());
        assertThat(sql).as("%s: SQL executed before the refusal", hostile).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applicationCases")
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void theApplicationDoesNotStartAndRunsNoSql(HostileScripts.Case hostile, CapturedOutput output) {
        Path directory = write(hostile, "application");
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", "jdbc:h2:mem:bad" + databases.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        properties.put("migrations.locations", "filesystem:" + directory);
        properties.put("migrations.java-packages", String.join(",", packages(hostile)));
        int before = output.length();
        StatementLog.clear();
        Throwable failed = InProcessApplication.start(properties, StatementLog.LoggedDataSource.class);
        List<String> sql = StatementLog.sql();
        assertThat(failed).as("%s: start-up fails", hostile).isNotNull();
        String report = output.toString().substring(before);
        assertThat(report).as("%s", hostile).contains("APPLICATION FAILED TO START");
        assertNamesFileAndLine(hostile, report);
        assertThat(sql).as("%s: SQL executed before the refusal", hostile).isEmpty();
    }

    private static void assertNamesFileAndLine(HostileScripts.Case hostile, String message) {
        String[] fragment = hostile.fragment().split("\u0000");
        assertThat(message).as(hostile.name()).contains(fragment[0]);
        if (fragment.length > 1) {
            for (int i = 1; i < fragment.length; i++) {
                assertThat(message).as("%s names %s", hostile, fragment[i]).contains(fragment[i]);
            }
            if (hostile.line() > 0) {
                assertThat(message).contains(fragment[1] + ":" + hostile.line() + ": ");
            }
            return;
        }
        if (hostile.name().startsWith("java_")) {
            return;
        }
        String file = hostile.files().keySet().iterator().next();
        Matcher matcher = Pattern.compile(Pattern.quote(file) + ":(\\d+): ").matcher(message);
        assertThat(matcher.find()).as("%s: names %s:<line> in:\n%s", hostile, file, shorten(message)).isTrue();
        int line = Integer.parseInt(matcher.group(1));
        if (hostile.line() > 0) {
            assertThat(line).as("%s: the line named in:\n%s", hostile, shorten(message)).isEqualTo(hostile.line());
        }
        else {
            assertThat(line).as(hostile.name()).isPositive();
        }
    }

    private static String shorten(String message) {
        return (message.length() < 2000) ? message : message.substring(0, 2000) + "...";
    }

    private static List<String> packages(HostileScripts.Case hostile) {
        return hostile.javaPackage().isEmpty() ? List.of() : List.of(hostile.javaPackage());
    }

    private static Path write(HostileScripts.Case hostile, String kind) {
        ScriptTree tree = new ScriptTree(WorkDirectory.of("bad-input", kind, hostile.name().replace('/', '_')));
        hostile.files().forEach(tree::write);
        return tree.directory().toAbsolutePath();
    }

    private static DataSource h2() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:bad_api" + databases.incrementAndGet());
        dataSource.setUser("sa");
        return dataSource;
    }

}
