package dev.revgraph.autoconfigure;

import dev.revgraph.script.ScriptLocation;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * Registers the default revision location, {@code db/revisions}, as resources. The configured locations
 * and Java revisions are registered by {@link MigrationsBeanFactoryInitializationAotProcessor}, which
 * sees the configuration.
 */
class MigrationsRuntimeHints implements RuntimeHintsRegistrar {

    @Override
    public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
        String folder = ScriptLocation.parse(ScriptLocation.DEFAULT, null).path();
        hints.resources().registerPattern(folder + "/**");
    }

}
