package dev.revgraph.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes SQL revision files into a folder, for a {@code filesystem:} location: the trees a test needs
 * that the application does not carry (a failure at step k, a hostile script, an edited script).
 */
final class ScriptTree {

    private final Path directory;

    private int files;

    ScriptTree(Path directory) {
        this.directory = directory;
    }

    Path directory() {
        return this.directory;
    }

    String location() {
        return "filesystem:" + this.directory.toAbsolutePath();
    }

    /** Writes a revision; returns its file. */
    Path revision(String id, String down, List<String> upgrade, List<String> downgrade) {
        StringBuilder text = new StringBuilder();
        text.append("-- revision: ").append(id).append('\n');
        text.append("-- down_revision: ").append(down).append('\n');
        text.append("-- message: ").append(id).append('\n');
        text.append("-- created: 2026-11-21T08:00:00Z\n\n-- migrate:upgrade\n");
        upgrade.forEach((statement) -> text.append(statement).append(";\n"));
        text.append("\n-- migrate:downgrade\n");
        downgrade.forEach((statement) -> text.append(statement).append(";\n"));
        return write(String.format("%04d_%s.sql", ++this.files, id), text.toString());
    }

    /** The usual revision: a table of its own and a mark. */
    Path plain(String id, String down) {
        List<String> upgrade = new ArrayList<>();
        if (down.isEmpty()) {
            upgrade.add("CREATE TABLE rel_marks (revision_id VARCHAR(40) NOT NULL, applied_by VARCHAR(100))");
        }
        upgrade.add("CREATE TABLE t_" + id + " (id INTEGER NOT NULL PRIMARY KEY, n INTEGER)");
        upgrade.add("INSERT INTO rel_marks (revision_id, applied_by) VALUES ('" + id + "', 'sql')");
        return revision(id, down, upgrade,
                List.of("DROP TABLE t_" + id, "DELETE FROM rel_marks WHERE revision_id = '" + id + "'"));
    }

    Path write(String name, String text) {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    Path write(String name, byte[] bytes) {
        try {
            Path file = this.directory.resolve(name);
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
