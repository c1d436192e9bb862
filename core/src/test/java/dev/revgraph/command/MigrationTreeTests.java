package dev.revgraph.command;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a tree's new SQL revisions are written when no directory is configured. */
class MigrationTreeTests {

    @Test
    void aSecondTreeWritesToTheSourceFolderOfItsOwnClasspathLocation() {
        MigrationTree audit = MigrationTree.builder("audit").locations(List.of("classpath:db/audit")).build();
        assertThat(audit.revisionDirectory()).isEqualTo(Path.of("src/main/resources/db/audit"));
    }

    @Test
    void aBarePathIsAClasspathLocation() {
        MigrationTree tree = MigrationTree.builder("plugin").locations(List.of("db/plugin/")).build();
        assertThat(tree.revisionDirectory()).isEqualTo(Path.of("src/main/resources/db/plugin"));
    }

    @Test
    void aFilesystemLocationComesBeforeAClasspathOne() {
        MigrationTree tree = MigrationTree.builder("main")
            .locations(List.of("classpath:db/revisions", "filesystem:/opt/app/db"))
            .build();
        assertThat(tree.revisionDirectory()).isEqualTo(Path.of("/opt/app/db"));
    }

    @Test
    void vendorLocationsArePassedOver() {
        MigrationTree tree = MigrationTree.builder("main")
            .locations(List.of("classpath:db/{vendor}", "classpath:db/common"))
            .build();
        assertThat(tree.revisionDirectory()).isEqualTo(Path.of("src/main/resources/db/common"));
        MigrationTree onlyVendor = MigrationTree.builder("main").locations(List.of("classpath:db/{vendor}")).build();
        assertThat(onlyVendor.revisionDirectory()).isEqualTo(MigrationTree.DEFAULT_SQL_DIRECTORY);
    }

    @Test
    void aConfiguredDirectoryWins() {
        MigrationTree tree = MigrationTree.builder("audit")
            .locations(List.of("classpath:db/audit"))
            .revisionDirectory(Path.of("sql/audit"))
            .build();
        assertThat(tree.revisionDirectory()).isEqualTo(Path.of("sql/audit"));
    }
}
