package dev.revgraph.script;

import java.io.IOException;

/**
 * One revision file found under a {@link ScriptLocation}, however it was found: by the
 * {@link StandardScriptResourceFinder}, or by Spring's resource resolution in an application.
 */
public interface ScriptResource {

    /** The location the file was found under. */
    ScriptLocation location();

    /** The file's path below its location, with {@code /} separators: {@code feedback/0003_likes.sql}. */
    String relativePath();

    /** The file's content. */
    byte[] readAllBytes() throws IOException;

    /** The file's name without its folders. */
    default String fileName() {
        String path = relativePath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** How the file is named in messages and in {@code RevisionInfo.source()}. */
    default String description() {
        return location().describe(relativePath());
    }

    /** A resource whose content is already in memory. */
    static ScriptResource of(ScriptLocation location, String relativePath, byte[] content) {
        return new InMemoryScriptResource(location, relativePath, content);
    }
}
