package dev.revgraph.script;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.revgraph.revision.RevisionInfo;

/**
 * Reads an SQL revision file: a header of {@code -- key: value} lines, then a {@code -- migrate:upgrade}
 * and/or a {@code -- migrate:downgrade} section.
 *
 * <pre>
 * -- revision: ba229313341d
 * -- down_revision: 2a8c621c22c8
 * -- branch_labels: feedback
 * -- depends_on:
 * -- message: Add some columns to utilizations table
 * -- created: 2024-06-03T09:43:44Z
 *
 * -- migrate:upgrade
 * ALTER TABLE utilizations ADD COLUMN score INTEGER;
 *
 * -- migrate:downgrade
 * ALTER TABLE utilizations DROP COLUMN score;
 * </pre>
 *
 * <p>The header runs from the top of the file to the first line that is not a {@code --} comment or
 * blank (or to the first section marker). In it, a comment of the form {@code key: value} must use one of
 * the known keys ({@code revision}, {@code down_revision}, {@code branch_labels}, {@code depends_on},
 * {@code message}, {@code created}, {@code transactional}, {@code irreversible}); other comments are prose. {@code revision} and
 * {@code down_revision} are required ({@code down_revision} empty for a base), so a forgotten line cannot
 * silently make a second base. The id always comes from the header, never from the file name.
 *
 * <p>A revision is irreversible when its header says {@code -- irreversible: <reason>} or when it has no
 * downgrade section. A transactional revision (the default) holding a statement PostgreSQL cannot run in
 * a transaction is rejected here, when it is loaded, not half-way through a deployment.
 *
 * <p>Section markers are recognised on a line of their own, as dbmate recognises its markers: a line
 * reading {@code -- migrate:downgrade} inside a dollar-quoted function body would end the section there
 * (and the unclosed quote is then reported).
 *
 * <p>Every error is a {@link ScriptParseException} naming the file and line.
 */
public final class SqlRevisionParser {

    /** {@code -- migrate:<name>}; the name is checked separately so that a typo is an error, not prose. */
    private static final Pattern SECTION_MARKER = Pattern.compile("--\\s*migrate\\s*:\\s*(.*?)\\s*",
            Pattern.CASE_INSENSITIVE);

    private static final String UPGRADE = "upgrade";

    private static final String DOWNGRADE = "downgrade";

    private final StatementSplitter splitter;

    /** A parser with the {@link StatementSplitter#standard() standard} statement splitter. */
    public SqlRevisionParser() {
        this(StatementSplitter.standard());
    }

    public SqlRevisionParser(StatementSplitter splitter) {
        this.splitter = splitter;
    }

    /**
     * Reads and parses one revision file.
     *
     * @throws ScriptParseException when the file cannot be read or is not a valid revision
     */
    public SqlRevisionScript parse(ScriptResource resource) {
        byte[] content;
        try {
            content = resource.readAllBytes();
        }
        catch (IOException ex) {
            throw new ScriptParseException(
                    List.of(new ScriptProblem(resource.description(), 0, "cannot be read: " + ex)), ex);
        }
        return parse(resource.description(), content);
    }

    /**
     * Parses the content of one revision file.
     *
     * @param source how the file is named in errors and in {@link RevisionInfo#source()}
     * @param content the file's bytes (UTF-8, with or without a BOM, any line endings)
     * @throws ScriptParseException when the file is not a valid revision
     */
    public SqlRevisionScript parse(String source, byte[] content) {
        String text = ScriptText.decode(source, content);
        String[] lines = text.split("\n", -1);
        SqlRevisionHeader header = new SqlRevisionHeader(source);
        int bodyStart = readHeader(lines, header);
        header.requireMandatoryKeys();

        List<Section> sections = findSections(source, lines, bodyStart);
        int firstSection = sections.isEmpty() ? lines.length : sections.get(0).markerIndex();
        List<SqlStatement> outside = splitter.split(source, join(lines, bodyStart, firstSection), bodyStart + 1);
        if (!outside.isEmpty()) {
            throw problem(source, outside.get(0).line(),
                    "SQL outside a section: put '-- migrate:upgrade' (or '-- migrate:downgrade') above it");
        }
        if (sections.isEmpty()) {
            throw problem(source, 1, "no section: a revision needs '-- migrate:upgrade' and/or "
                    + "'-- migrate:downgrade' followed by its statements");
        }

        List<SqlStatement> upgrade = List.of();
        List<SqlStatement> downgrade = List.of();
        boolean hasDowngrade = false;
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            int end = (i + 1 < sections.size()) ? sections.get(i + 1).markerIndex() : lines.length;
            List<SqlStatement> statements = splitter.split(source,
                    join(lines, section.markerIndex() + 1, end), section.markerIndex() + 2);
            if (section.name().equals(UPGRADE)) {
                upgrade = statements;
            }
            else {
                downgrade = statements;
                hasDowngrade = true;
            }
        }

        String irreversible = header.irreversible();
        if (irreversible != null && !downgrade.isEmpty()) {
            throw problem(source, header.lineOf(SqlRevisionHeader.IRREVERSIBLE), "the revision is declared "
                    + "irreversible but its downgrade section has statements; remove one or the other");
        }
        if (irreversible == null && !hasDowngrade) {
            irreversible = "no downgrade section";
        }
        if (header.transactional()) {
            checkTransactional(source, upgrade);
            checkTransactional(source, downgrade);
        }
        RevisionInfo info = new RevisionInfo(header.revision(), header.downRevisions(),
                new LinkedHashSet<>(header.branchLabels()), header.dependsOn(), header.message(), header.created(),
                header.transactional(), irreversible, source, Checksums.ofScript(content));
        return new SqlRevisionScript(info, upgrade, downgrade);
    }

    /** Reads header lines into {@code header}; returns the index of the first line after the header. */
    private int readHeader(String[] lines, SqlRevisionHeader header) {
        int i = 0;
        for (; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (!line.startsWith("--") || SECTION_MARKER.matcher(line).matches()) {
                break;
            }
            header.readLine(line.substring(2).strip(), i + 1);
        }
        return i;
    }

    private List<Section> findSections(String source, String[] lines, int from) {
        List<Section> sections = new ArrayList<>();
        for (int i = from; i < lines.length; i++) {
            if (!isComment(lines[i])) {
                continue;
            }
            Matcher marker = SECTION_MARKER.matcher(lines[i].strip());
            if (!marker.matches()) {
                continue;
            }
            String name = marker.group(1);
            if (!name.equals(UPGRADE) && !name.equals(DOWNGRADE)) {
                throw problem(source, i + 1, "unknown section marker '" + lines[i].strip()
                        + "'; expected '-- migrate:upgrade' or '-- migrate:downgrade'");
            }
            for (Section earlier : sections) {
                if (earlier.name().equals(name)) {
                    throw problem(source, i + 1, "section '-- migrate:" + name + "' appears twice (first on line "
                            + (earlier.markerIndex() + 1) + ")");
                }
            }
            sections.add(new Section(name, i));
        }
        return sections;
    }

    /** Whether {@code line} starts with {@code --} after white space: only such a line can be a marker. */
    private static boolean isComment(String line) {
        int length = line.length();
        for (int i = 0; i < length; i++) {
            char c = line.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '-' && i + 1 < length && line.charAt(i + 1) == '-';
            }
        }
        return false;
    }

    private void checkTransactional(String source, List<SqlStatement> statements) {
        for (SqlStatement statement : statements) {
            NonTransactionalStatements.find(statement.sql()).ifPresent((what) -> {
                throw problem(source, statement.line(), what + " cannot run inside a transaction; add "
                        + "'-- transactional: false' to the header to run this revision without one");
            });
        }
    }

    private static String join(String[] lines, int from, int to) {
        StringBuilder joined = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                joined.append('\n');
            }
            joined.append(lines[i]);
        }
        return joined.toString();
    }

    static ScriptParseException problem(String source, int line, String message) {
        return new ScriptParseException(new ScriptProblem(source, line, message));
    }

    /** A section marker: its name and the 0-based index of its line. */
    private record Section(String name, int markerIndex) {
    }
}
