package dev.revgraph.script;

import java.util.List;
import java.util.Objects;

import dev.revgraph.revision.RevisionInfo;

/**
 * An SQL revision file, parsed: its header as a {@link RevisionInfo} and the statements of its two
 * sections, each with the line of the file it starts on.
 *
 * @param info the revision's metadata; {@code info().irreversible()} is set when the file says
 *     {@code -- irreversible: <reason>} or has no downgrade section
 * @param upgrade the statements of the {@code -- migrate:upgrade} section, in order (empty when absent)
 * @param downgrade the statements of the {@code -- migrate:downgrade} section, in order (empty when absent)
 */
public record SqlRevisionScript(RevisionInfo info, List<SqlStatement> upgrade, List<SqlStatement> downgrade)
        implements RevisionScript {

    public SqlRevisionScript {
        Objects.requireNonNull(info, "info");
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
    }
}
