package dev.revgraph.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.BeanUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration reference (docs/configuration.md) lists every property the IDE knows from the
 * generated metadata, so the page cannot fall behind the code.
 */
class ConfigurationReferenceTests {

    private static final Path REFERENCE = Path.of("..", "docs", "configuration.md");

    @Test
    void referenceListsEveryMigrationsPropertyOfTheMetadata() throws IOException {
        String reference = Files.readString(REFERENCE);
        List<String> names = metadataPropertyNames().stream()
            .filter((name) -> name.startsWith("migrations.") || name.startsWith("management.endpoint.migrations."))
            .filter((name) -> !name.equals("migrations.trees"))
            .toList();
        assertThat(names).as("properties in the generated metadata").hasSizeGreaterThan(25);
        assertThat(names).allSatisfy((name) -> assertThat(reference).as("docs/configuration.md")
            .contains("`" + name + "`"));
    }

    @Test
    void referenceDocumentsEveryPropertyOfATree() throws IOException {
        String reference = Files.readString(REFERENCE);
        List<String> treeProperties = Arrays.stream(BeanUtils.getPropertyDescriptors(MigrationsProperties.Tree.class))
            .filter((descriptor) -> descriptor.getWriteMethod() != null)
            .map((descriptor) -> kebabCase(descriptor.getName()))
            .toList();
        assertThat(treeProperties).contains("locations", "version-table", "data-source");
        assertThat(treeProperties).allSatisfy((property) -> assertThat(reference).as("docs/configuration.md")
            .contains("`migrations.trees.<name>." + property + "`"));
    }

    private static String kebabCase(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static List<String> metadataPropertyNames() throws IOException {
        try (InputStream metadata = ConfigurationReferenceTests.class
            .getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(metadata).as("generated configuration metadata").isNotNull();
            return JsonPath.read(new String(metadata.readAllBytes(), StandardCharsets.UTF_8), "$.properties[*].name");
        }
    }
}
