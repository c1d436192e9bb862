/**
 * Spring Boot auto-configuration for RevGraph: migrates the application's database on start-up, runs
 * {@code migrations <command>} in command mode, and plugs Spring's resource resolution, class path
 * scanning and bean factory into the engine.
 */
@NullMarked
package dev.revgraph.autoconfigure;

import org.jspecify.annotations.NullMarked;
