package dev.revgraph.autoconfigure.actuate;

import javax.sql.DataSource;

import dev.revgraph.command.CommandContext;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The application the endpoint's HTTP tests start: Boot's own auto-configuration (web, Actuator, the
 * DataSource) with a command context of its own over the {@code main} tree, so each test decides where
 * the database stands ({@code migrations.on-startup=none}).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class ActuateTestApplication {

    @Bean
    CommandContext migrationsCommandContext(DataSource dataSource) {
        return TestTrees.context(TestTrees.main(dataSource));
    }
}
