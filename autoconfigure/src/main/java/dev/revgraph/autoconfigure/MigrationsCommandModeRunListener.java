package dev.revgraph.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.SimpleCommandLinePropertySource;

/**
 * Prepares an application started with {@code migrations <command>} for command mode, before its
 * environment is read: no web server ({@code spring.main.web-application-type=none}, over any other
 * setting), no banner or start-up info line (unless configured), and only the arguments before
 * {@code migrations} become Spring properties, so the command's own options ({@code --tree},
 * {@code --sql}, ...) do not. The command itself runs in the {@link MigrationsInitializer}.
 */
class MigrationsCommandModeRunListener implements SpringApplicationRunListener, Ordered {

    static final String COMMAND_MODE_PROPERTY_SOURCE = "migrationsCommandMode";

    static final String COMMAND_MODE_DEFAULTS_PROPERTY_SOURCE = "migrationsCommandModeDefaults";

    private final MigrationsCommandLine commandLine;

    MigrationsCommandModeRunListener(SpringApplication application, String[] args) {
        this.commandLine = MigrationsCommandLine.parse(args);
    }

    @Override
    public void environmentPrepared(ConfigurableBootstrapContext bootstrapContext,
            ConfigurableEnvironment environment) {
        if (!this.commandLine.isCommandMode()) {
            return;
        }
        MutablePropertySources sources = environment.getPropertySources();
        String commandLineArgs = CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME;
        if (sources.contains(commandLineArgs)) {
            sources.replace(commandLineArgs,
                    new SimpleCommandLinePropertySource(this.commandLine.applicationArguments()));
        }
        sources.addFirst(new MapPropertySource(COMMAND_MODE_PROPERTY_SOURCE,
                Map.of("spring.main.web-application-type", "none")));
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("spring.main.banner-mode", "off");
        defaults.put("spring.main.log-startup-info", "false");
        sources.addLast(new MapPropertySource(COMMAND_MODE_DEFAULTS_PROPERTY_SOURCE, defaults));
    }

    @Override
    public int getOrder() {
        // before EventPublishingRunListener (0), which runs the EnvironmentPostProcessors that read config data
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

}
