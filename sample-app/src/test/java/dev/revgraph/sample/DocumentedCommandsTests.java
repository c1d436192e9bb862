package dev.revgraph.sample;

import java.util.List;

import dev.revgraph.sample.DocumentedCommands.Command;
import dev.revgraph.sample.DocumentedCommands.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The convention by which {@link DocumentationCommandsIT} finds the commands a guide shows. */
class DocumentedCommandsTests {

    @Test
    void readsConsoleCommandsWithTheOutputShownUnderThem() {
        List<Command> commands = DocumentedCommands.parse("guide.md", """
                Text.

                ```console
                $ migrations current --tree main
                d3a5b7c9e1f2 (head)
                $ migrations pending   # exits 1
                main: 1 pending
                  upgrade …

                ```
                """);
        assertThat(commands).hasSize(2);
        assertThat(commands.get(0).arguments()).containsExactly("current", "--tree", "main");
        assertThat(commands.get(0).properties()).containsExactly("--logging.level.root=warn");
        assertThat(commands.get(0).output()).containsExactly("d3a5b7c9e1f2 (head)");
        assertThat(commands.get(0).expectedExit()).isZero();
        assertThat(commands.get(0).line()).isEqualTo(4);
        assertThat(commands.get(1).arguments()).containsExactly("pending");
        assertThat(commands.get(1).expectedExit()).isOne();
        assertThat(commands.get(1).output()).containsExactly("main: 1 pending", "  upgrade …");
    }

    @Test
    void readsScriptCommandsIncludingJavaJarFormsAndContinuations() {
        List<Command> commands = DocumentedCommands.parse("guide.md", """
                ```bash
                ./mvnw -q -pl sample-app -am package -DskipTests   # not a command
                migrations revision --tree main -m "Add a score # to utilizations"   # writes a file
                java -jar app.jar --spring.profiles.active=postgres migrations \\
                    upgrade heads
                migrations downgrade base # exits 2
                ```
                """);
        assertThat(commands).hasSize(3);
        assertThat(commands.get(0).arguments()).containsExactly("revision", "--tree", "main", "-m",
                "Add a score # to utilizations");
        assertThat(commands.get(0).output()).isNull();
        assertThat(commands.get(1).properties()).containsExactly("--spring.profiles.active=postgres");
        assertThat(commands.get(1).profile()).isEqualTo("postgres");
        assertThat(commands.get(1).arguments()).containsExactly("upgrade", "heads");
        assertThat(commands.get(2).expectedExit()).isEqualTo(2);
    }

    @Test
    void readsIndentedBlocksInListsAndIgnoresOtherLanguagesAndOtherCommands() {
        List<Command> commands = DocumentedCommands.parse("guide.md", """
                * a step:

                  ```console
                  $ migrations heads --tree main
                  d3a5b7c9e1f2 (head)
                  $ curl -s localhost:8080/actuator/migrations
                  ```

                ```yaml
                args: ["migrations", "upgrade", "heads"]
                ```

                ```console
                $ revgraph upgrade heads
                ```
                """);
        assertThat(commands).singleElement().satisfies((command) -> {
            assertThat(command.arguments()).containsExactly("heads", "--tree", "main");
            assertThat(command.output()).containsExactly("d3a5b7c9e1f2 (head)");
        });
    }

    @Test
    void anAliasHoldsForTheRestOfTheGuideAndFileStepsAreKept() {
        List<Command> commands = DocumentedCommands.parse("guide.md", """
                ```bash
                mkdir scratch
                alias migrations='java -jar target/app.jar --logging.level.root=warn --spring.profiles.active=scratch migrations'
                ```

                ```console
                $ migrations revision --tree main -m "Tag" --rev-id f789f233226e
                ```

                ```bash
                mv scratch/f789f233226e_tag.sql scratch/0012_f789f233226e_tag.sql
                rm -rf data
                ```
                """);
        assertThat(commands).extracting(Command::kind).containsExactly(Kind.MKDIR, Kind.MIGRATIONS, Kind.MOVE,
                Kind.REMOVE);
        assertThat(commands.get(0).arguments()).containsExactly("scratch");
        assertThat(commands.get(1).properties()).containsExactly("--logging.level.root=warn",
                "--spring.profiles.active=scratch");
        assertThat(commands.get(1).profile()).isEqualTo("scratch");
        assertThat(commands.get(2).arguments()).containsExactly("scratch/f789f233226e_tag.sql",
                "scratch/0012_f789f233226e_tag.sql");
        assertThat(commands.get(3).arguments()).containsExactly("data");
    }

    @Test
    void refusesFileStepsOutsideTheSamplesFolder() {
        assertThatIllegalArgumentException().isThrownBy(() -> DocumentedCommands.parse("guide.md", """
                ```bash
                rm -rf ../data
                ```
                """)).withMessageContaining("guide.md:2");
    }
}
