package dev.revgraph.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.revgraph.script.LoadedRevisions;
import dev.revgraph.script.RevisionLoader;

/**
 * Writes SQL revision files into a directory for a test, and loads them. Each revision, unless told
 * otherwise, creates a table {@code t_<id>} and inserts its id into the table {@code revlog}, whose
 * unique key shows any revision that runs twice.
 */
final class RevisionFiles {

    private final Path directory;

    private final List<String> javaPackages = new ArrayList<>();

    private int counter;

    RevisionFiles(Path directory) {
        this.directory = directory;
    }

    /** A revision with the default statements. */
    RevisionFiles add(String id, String... down) {
        return add(id, List.of(down), "", standardUpgrade(id), standardDowngrade(id));
    }

    /** A revision with the given header lines (after revision and down_revision) and sections. */
    RevisionFiles add(String id, List<String> down, String extraHeader, String upgrade, String downgrade) {
        StringBuilder text = new StringBuilder();
        text.append("-- revision: ").append(id).append('\n');
        text.append("-- down_revision: ").append(String.join(", ", down)).append('\n');
        text.append("-- message: revision ").append(id).append('\n');
        text.append(extraHeader);
        text.append("\n-- migrate:upgrade\n").append(upgrade).append('\n');
        if (downgrade != null) {
            text.append("\n-- migrate:downgrade\n").append(downgrade).append('\n');
        }
        write(String.format("%04d_%s.sql", ++this.counter, id), text.toString());
        return this;
    }

    /** The revlog table: a base revision creates it. */
    static String revlogTable() {
        return "CREATE TABLE revlog (rev VARCHAR(32) NOT NULL, CONSTRAINT uq_revlog UNIQUE (rev));";
    }

    static String standardUpgrade(String id) {
        return "CREATE TABLE t_" + id + " (id INTEGER);\nINSERT INTO revlog (rev) VALUES ('" + id + "');";
    }

    static String standardDowngrade(String id) {
        return "DELETE FROM revlog WHERE rev = '" + id + "';\nDROP TABLE t_" + id + ";";
    }

    RevisionFiles javaPackage(String name) {
        this.javaPackages.add(name);
        return this;
    }

    Path directory() {
        return this.directory;
    }

    void write(String name, String text) {
        try {
            Files.writeString(this.directory.resolve(name), text, StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    LoadedRevisions load(String vendor) {
        return RevisionLoader.forClassLoader(getClass().getClassLoader())
            .load(List.of("filesystem:" + this.directory.toAbsolutePath()), vendor, this.javaPackages);
    }
}
