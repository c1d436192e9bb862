package dev.revgraph.command;

import java.util.Locale;

/** The JSON of a generated revision, shared by {@code revision} and {@code merge}. */
final class Generation {

    private Generation() {
    }

    static Json.JsonObject json(MigrationTree tree, RevisionGenerator.Generated generated) {
        RevisionTemplates.NewRevision revision = generated.revision();
        return Json.object()
            .put("tree", tree.name())
            .put("revision", Json.object()
                .put("id", revision.id())
                .put("down", revision.down())
                .put("dependsOn", revision.dependsOn())
                .put("branchLabels", revision.branchLabels())
                .put("message", revision.message())
                .put("created", revision.created().toString()))
            .put("path", generated.path().toString())
            .put("format", generated.format().name().toLowerCase(Locale.ROOT))
            .put("className", generated.className());
    }
}
