package dev.revgraph.script;

import java.util.Objects;

/** A {@link ScriptResource} whose bytes are already read (a jar entry, a test fixture). */
record InMemoryScriptResource(ScriptLocation location, String relativePath, byte[] content) implements ScriptResource {

    InMemoryScriptResource {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(relativePath, "relativePath");
        content = content.clone();
    }

    @Override
    public byte[] readAllBytes() {
        return content.clone();
    }

    @Override
    public String toString() {
        return description();
    }
}
