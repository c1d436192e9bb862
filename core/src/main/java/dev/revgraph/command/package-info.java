/**
 * The commands — {@code revision}, {@code merge}, {@code upgrade}, {@code downgrade}, {@code stamp},
 * {@code current}, {@code history}, {@code heads}, {@code branches}, {@code show}, {@code pending},
 * {@code check}, {@code resolve} — implemented once, whatever runs them: the standalone command line
 * ({@link dev.revgraph.command.cli.RevGraphCli}), an application's command mode, or a tool.
 *
 * <p>A {@link dev.revgraph.command.CommandContext} holds the trees; a {@link
 * dev.revgraph.command.MigrationCommand} runs against it, writing Alembic-style text as it goes and
 * returning a {@link dev.revgraph.command.CommandResult} whose JSON form {@code --json} prints; {@link
 * dev.revgraph.command.CommandRunner} turns errors into words and exit statuses, in one place.
 */
@NullMarked
package dev.revgraph.command;

import org.jspecify.annotations.NullMarked;
