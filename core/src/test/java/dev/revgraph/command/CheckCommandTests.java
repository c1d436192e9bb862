package dev.revgraph.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.revgraph.autogenerate.ModelSource;
import dev.revgraph.diff.ModelBuilder;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code check} as the standalone command line runs it, with nothing but the context's default compare
 * options: RevGraph's own tables are never differences.
 */
class CheckCommandTests {

    private static final String CREATE_ITEMS = """
            -- revision: a1b2c3d4e5f6
            -- down_revision:
            -- message: create items

            -- migrate:upgrade
            CREATE TABLE items (id BIGINT NOT NULL, name VARCHAR(50), CONSTRAINT items_pkey PRIMARY KEY (id));

            -- migrate:downgrade
            DROP TABLE items;
            """;

    @TempDir
    Path directory;

    @Test
    void ignoresTheLockTableAndTheTreesTablesOnH2() throws IOException {
        Files.writeString(directory.resolve("0001_create_items.sql"), CREATE_ITEMS);
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:check-own-tables;DB_CLOSE_DELAY=-1");
        MigrationTree tree = MigrationTree.builder("main")
            .locations(List.of("filesystem:" + directory))
            .dataSource(dataSource)
            .build();
        ModelSource model = (dialect) -> ModelBuilder.schema(dialect,
                ModelBuilder.table("items").column("id", "bigint").notNull().column("name", "varchar(50)")
                    .primaryKey("id"));
        CommandTester commands = new CommandTester(CommandContext.builder().tree(tree).modelSource(model).build());
        assertThat(commands.text(new UpgradeCommand(null, "heads")).status()).isZero();
        CommandTester.Run check = commands.text(new CheckCommand(null));
        assertThat(check.out()).contains("main: No differences between the entity model and the database");
        assertThat(check.status()).isEqualTo(ExitStatus.SUCCESS);
    }
}
