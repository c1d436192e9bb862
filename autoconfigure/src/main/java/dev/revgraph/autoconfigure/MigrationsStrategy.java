package dev.revgraph.autoconfigure;

import java.util.Map;

import dev.revgraph.command.CommandContext;

/**
 * What happens to the database at start-up, in place of {@code migrations.on-startup}: define a bean of
 * this type to take over. It runs inside the {@link MigrationsInitializer}, so the
 * {@code EntityManagerFactory}, {@code JdbcTemplate} users and {@code @DependsOnDatabaseInitialization}
 * beans still wait for it. The static factories are what the properties do, to build on:
 *
 * <pre>{@code
 * @Bean
 * MigrationsStrategy migrationsStrategy(AuditService audit) {
 *     return (context) -> {
 *         audit.record("migrating");
 *         MigrationsStrategy.upgrade().migrate(context);
 *     };
 * }
 * }</pre>
 */
@FunctionalInterface
public interface MigrationsStrategy {

    /**
     * Does whatever start-up needs with the trees of {@code context}, each of which carries its DataSource,
     * locations and settings.
     */
    void migrate(CommandContext context);

    /** Upgrades every tree, in declared order, to {@code heads}; logs each step. */
    static MigrationsStrategy upgrade() {
        return upgrade(Map.of());
    }

    /**
     * Upgrades every tree, in declared order, to its target in {@code targets} by tree name
     * ({@code heads} for a tree not in the map); logs each step. What {@code on-startup: upgrade} does.
     */
    static MigrationsStrategy upgrade(Map<String, String> targets) {
        Map<String, String> copy = Map.copyOf(targets);
        return (context) -> new StartupMigrations(context).upgrade(copy);
    }

    /**
     * Checks every tree as an upgrade would, without changing anything, and fails when any revision is
     * pending, listing them. What {@code on-startup: validate} does.
     */
    static MigrationsStrategy validate() {
        return (context) -> new StartupMigrations(context).validate();
    }

}
