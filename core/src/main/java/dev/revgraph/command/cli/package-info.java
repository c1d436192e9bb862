/**
 * The standalone command line: {@code java -jar revgraph-core-<version>-cli.jar --url ... upgrade}. A
 * thin picocli layer that turns arguments into the commands of {@link dev.revgraph.command} and runs
 * them.
 */
@NullMarked
package dev.revgraph.command.cli;

import org.jspecify.annotations.NullMarked;
