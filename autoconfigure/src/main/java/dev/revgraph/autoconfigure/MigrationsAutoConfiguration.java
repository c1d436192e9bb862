package dev.revgraph.autoconfigure;

import java.util.List;

import javax.sql.DataSource;

import dev.revgraph.autogenerate.ModelSource;
import dev.revgraph.command.CommandContext;
import dev.revgraph.diff.AutogenerateFilter;
import dev.revgraph.runtime.MigrationListener;
import dev.revgraph.script.RevisionLoader;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportRuntimeHints;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternUtils;
import org.springframework.util.function.SingletonSupplier;

/**
 * Auto-configuration for RevGraph migrations: a {@link CommandContext} named
 * {@code migrationsCommandContext} built from {@code migrations.*} (unless the application defines its
 * own), and the {@link MigrationsInitializer} that migrates on start-up, or runs the command in command
 * mode, before anything that uses the database.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class,
        beforeName = "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration")
@Conditional(MigrationsAutoConfiguration.MigrationsDataSourceCondition.class)
@ConditionalOnBooleanProperty(name = "migrations.enabled", matchIfMissing = true)
@EnableConfigurationProperties(MigrationsProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
@ImportRuntimeHints(MigrationsRuntimeHints.class)
public final class MigrationsAutoConfiguration {

    private static final Log logger = LogFactory.getLog(MigrationsAutoConfiguration.class);

    @Bean
    static MigrationsSchemaManagementProvider migrationsSchemaManagementProvider(
            ObjectProvider<CommandContext> contexts) {
        return new MigrationsSchemaManagementProvider(contexts);
    }

    @Bean
    @ConditionalOnMissingBean
    MigrationsInitializer migrationsInitializer(CommandContext context, MigrationsProperties properties,
            ObjectProvider<MigrationsStrategy> strategy, ObjectProvider<ApplicationArguments> arguments,
            ObjectProvider<MigrationsCommandExit> exit, Environment environment,
            ObjectProvider<MigrationsDrift> drift) {
        ApplicationArguments applicationArguments = arguments.getIfAvailable();
        MigrationsCommandLine commandLine = MigrationsCommandLine
            .parse((applicationArguments != null) ? applicationArguments.getSourceArgs() : new String[0]);
        if (!commandLine.isCommandMode()) {
            warnIfHibernateRunsFirst(environment);
        }
        MigrationsStrategy onStartup = MigrationsDriftCheck.after(
                strategy.getIfAvailable(() -> defaultStrategy(properties)), properties.getDrift().getOnStartup(),
                drift::getObject);
        return new MigrationsInitializer(context, onStartup, commandLine.command(),
                exit.getIfAvailable(MigrationsCommandExit::system));
    }

    @Bean
    @ConditionalOnMissingBean
    MigrationsDrift migrationsDrift(CommandContext context) {
        return new MigrationsDrift(context);
    }

    private static MigrationsStrategy defaultStrategy(MigrationsProperties properties) {
        return switch (properties.getOnStartup()) {
            case UPGRADE -> MigrationsStrategy.upgrade(MigrationTreesFactory.targets(properties));
            case VALIDATE -> MigrationsStrategy.validate();
            case NONE -> (context) -> logger.info("Not migrating at start-up (migrations.on-startup=none)");
        };
    }

    private static void warnIfHibernateRunsFirst(Environment environment) {
        if (environment.getProperty("spring.jpa.defer-datasource-initialization", Boolean.class, false)) {
            logger.warn("spring.jpa.defer-datasource-initialization=true makes Hibernate initialize its schema "
                    + "before RevGraph migrates the database; migrations should own the schema: remove that "
                    + "property, and use spring.jpa.hibernate.ddl-auto=validate (or none)");
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean(CommandContext.class)
    static class CommandContextConfiguration {

        @Bean
        CommandContext migrationsCommandContext(MigrationsProperties properties, ResourceLoader resourceLoader,
                Environment environment, ConfigurableListableBeanFactory beanFactory,
                ObjectProvider<DataSource> dataSource, @MigrationsDataSource ObjectProvider<DataSource> migrationsDataSource,
                ObjectProvider<JdbcConnectionDetails> connectionDetails,
                ObjectProvider<MigrationTreeCustomizer> treeCustomizers,
                ObjectProvider<MigrationsContextCustomizer> contextCustomizers,
                ObjectProvider<MigrationListener> listeners, ObjectProvider<ModelSource> modelSource,
                ObjectProvider<AutogenerateFilter> autogenerateFilters) {
            MigrationsDataSourceResolver resolver = new MigrationsDataSourceResolver(properties,
                    resourceLoader.getClassLoader());
            SingletonSupplier<MigrationsDataSourceResolver.Resolved> resolved = SingletonSupplier
                .of(() -> resolver.resolve(migrationsDataSource.getIfAvailable(), dataSource.getIfUnique(),
                        connectionDetails.getIfAvailable()));
            List<MigrationTreeCustomizer> customizers = treeCustomizers.orderedStream().toList();
            ResourcePatternResolver patternResolver = ResourcePatternUtils.getResourcePatternResolver(resourceLoader);
            RevisionLoader loader = new RevisionLoader(new SpringScriptResourceFinder(patternResolver),
                    new SpringJavaRevisionClassFinder(patternResolver, environment),
                    new BeanFactoryMigrationInstantiator(beanFactory));
            CommandContext.Builder context = CommandContext.builder()
                .trees(new MigrationTreesFactory(properties, resolved, beanFactory, customizers).trees())
                .revisionLoader(loader)
                .listener(MigrationListener.composite(listeners.orderedStream().toList()))
                .modelSource(modelSource.getIfUnique())
                .compareOptions(AutogenerateSettings.compareOptions(properties.getAutogenerate(),
                        autogenerateFilters.orderedStream().toList()));
            contextCustomizers.orderedStream().forEach((customizer) -> customizer.customize(context));
            return context.build();
        }

    }

    /** Something to migrate: a DataSource, connection details, or a URL of its own. */
    static final class MigrationsDataSourceCondition extends AnyNestedCondition {

        MigrationsDataSourceCondition() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnBean(DataSource.class)
        private static final class DataSourceBeanCondition {

        }

        @ConditionalOnBean(JdbcConnectionDetails.class)
        private static final class JdbcConnectionDetailsCondition {

        }

        @ConditionalOnProperty("migrations.url")
        private static final class MigrationsUrlCondition {

        }

    }

}
