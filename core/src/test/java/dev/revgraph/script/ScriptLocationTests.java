package dev.revgraph.script;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ScriptLocationTests {

    @Test
    void readsAClasspathLocation() {
        assertThat(ScriptLocation.parse("classpath:db/revisions", null))
                .isEqualTo(new ScriptLocation(ScriptLocation.Kind.CLASSPATH, "db/revisions"));
    }

    @Test
    void readsABarePathAsAClasspathLocation() {
        assertThat(ScriptLocation.parse("db/revisions", null)).isEqualTo(ScriptLocation.parse("classpath:db/revisions", null));
    }

    @Test
    void dropsLeadingAndTrailingSlashesOfClasspathLocations() {
        assertThat(ScriptLocation.parse(" classpath:/db/revisions/ ", null).path()).isEqualTo("db/revisions");
    }

    @Test
    void readsAFilesystemLocation() {
        assertThat(ScriptLocation.parse("filesystem:/opt/app/db/", null))
                .isEqualTo(new ScriptLocation(ScriptLocation.Kind.FILESYSTEM, "/opt/app/db"));
    }

    @Test
    void expandsTheVendor() {
        assertThat(ScriptLocation.parse("classpath:db/{vendor}/revisions", "postgresql").path())
                .isEqualTo("db/postgresql/revisions");
        assertThat(ScriptLocation.parse("filesystem:/db/{vendor}", "MariaDB").path()).isEqualTo("/db/mariadb");
    }

    @Test
    void describesAFileUnderTheLocation() {
        assertThat(ScriptLocation.parse("db/revisions", null).describe("feedback/0001_init.sql"))
                .isEqualTo("classpath:db/revisions/feedback/0001_init.sql");
        assertThat(ScriptLocation.parse("filesystem:/opt/db", null)).hasToString("filesystem:/opt/db");
    }

    @Test
    void refusesTheVendorPlaceholderWhenTheVendorIsUnknown() {
        assertThatIllegalArgumentException().isThrownBy(() -> ScriptLocation.parse("classpath:db/{vendor}", null))
                .withMessage("Location 'classpath:db/{vendor}' uses {vendor}, but the database vendor is not known");
    }

    @Test
    void refusesAnUnknownPlaceholder() {
        assertThatIllegalArgumentException().isThrownBy(() -> ScriptLocation.parse("classpath:db/{database}", "h2"))
                .withMessageContaining("unknown placeholder {database}");
    }

    @Test
    void refusesAnUnknownPrefix() {
        assertThatIllegalArgumentException().isThrownBy(() -> ScriptLocation.parse("file:/opt/db", null))
                .withMessageContaining("unknown prefix; use 'classpath:' or 'filesystem:'");
    }

    @Test
    void refusesTheRootOfTheClassPath() {
        assertThatIllegalArgumentException().isThrownBy(() -> ScriptLocation.parse("classpath:/", null))
                .withMessageContaining("names the root of the class path");
    }
}
