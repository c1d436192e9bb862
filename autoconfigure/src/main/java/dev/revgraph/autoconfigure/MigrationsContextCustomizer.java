package dev.revgraph.autoconfigure;

import dev.revgraph.command.CommandContext;

/**
 * Customizes the {@link CommandContext} the auto-configuration builds (its working directory, clock or
 * revision ids, say) after the trees, loader and listeners are set. Beans of this type are called in
 * order.
 */
@FunctionalInterface
public interface MigrationsContextCustomizer {

    /** Customizes the context's builder. */
    void customize(CommandContext.Builder context);

}
