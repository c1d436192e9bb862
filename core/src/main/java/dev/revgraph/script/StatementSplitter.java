package dev.revgraph.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Cuts SQL text into statements on {@code ;}, the way the database's own client would.
 *
 * <p>A delimiter only counts outside quoted text and comments: single-quoted strings (with {@code ''}
 * escapes, and backslash escapes in PostgreSQL {@code E'...'} strings or anywhere on MySQL and MariaDB),
 * double-quoted identifiers, MySQL backticks, {@code --} line comments, <code>/* *&#47;</code> block comments
 * (nested, as PostgreSQL and the SQL standard have them; flat on MySQL), and PostgreSQL dollar quoting
 * ({@code $$...$$}, {@code $body$...$body$}; a {@code $1} parameter is not a quote). The MySQL client's
 * {@code DELIMITER //} directive changes the delimiter until {@code DELIMITER ;}.
 *
 * <p>Each statement keeps the line on which its first significant character stands, so errors can point
 * at it. Leading comments are not part of a statement; statements that are only comments or blanks are
 * dropped. Text opened but never closed (a quote, a block comment, a dollar quote) is an error that names
 * the line where it was opened.
 *
 * <pre>{@code
 * List<SqlStatement> statements = StatementSplitter.forVendor("postgresql")
 *         .split("0007_add_score.sql", sqlText, 9);   // sqlText starts on line 9 of the file
 * }</pre>
 */
public final class StatementSplitter {

    private static final String DEFAULT_DELIMITER = ";";

    private static final StatementSplitter STANDARD = new StatementSplitter(false);

    private static final StatementSplitter MYSQL = new StatementSplitter(true);

    /**
     * MySQL and MariaDB: backslash escapes in every quoted string, {@code #} comments, {@code --} only
     * followed by a space, block comments that do not nest, and <code>/*!...*&#47;</code> comments that the
     * server executes.
     */
    private final boolean mysql;

    private StatementSplitter(boolean mysql) {
        this.mysql = mysql;
    }

    /** The splitter for standard SQL with PostgreSQL's extensions; right for PostgreSQL and H2. */
    public static StatementSplitter standard() {
        return STANDARD;
    }

    /**
     * The splitter for a database id ({@code postgresql}, {@code mariadb}, {@code mysql}, {@code h2}, ...):
     * MySQL's lexical rules for {@code mysql} and {@code mariadb}, {@link #standard()} otherwise.
     */
    public static StatementSplitter forVendor(@Nullable String vendor) {
        if (vendor == null) {
            return STANDARD;
        }
        String id = vendor.toLowerCase(Locale.ROOT);
        return (id.equals("mysql") || id.equals("mariadb")) ? MYSQL : STANDARD;
    }

    /** Splits {@code sql}, numbering lines from 1. */
    public List<SqlStatement> split(String source, String sql) {
        return split(source, sql, 1);
    }

    /**
     * Splits {@code sql}, whose first line is line {@code firstLine} of {@code source}. Line endings
     * (CRLF, CR) are normalised to LF, in the statements as in the line count.
     *
     * @throws ScriptParseException when a quote, block comment or dollar quote is never closed, or a
     *     {@code DELIMITER} directive is malformed
     */
    public List<SqlStatement> split(String source, String sql, int firstLine) {
        return new Scan(source, ScriptText.normaliseLineEndings(sql), firstLine).statements();
    }

    /** ASCII characters that neither start nor end anything the scan tracks, inside a statement. */
    private static final boolean[] PLAIN = plainCharacters();

    private static boolean[] plainCharacters() {
        boolean[] plain = new boolean[128];
        for (char c = 'a'; c <= 'z'; c++) {
            plain[c] = true;
            plain[Character.toUpperCase(c)] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            plain[c] = true;
        }
        for (char c : " \t_,.()=<>+*%:;!?&|^~@[]{}".toCharArray()) {
            plain[c] = true;
        }
        return plain;
    }

    /** One pass over one text. */
    private final class Scan {

        private final String source;

        private final String text;

        private final int length;

        private final List<SqlStatement> statements = new ArrayList<>();

        private int pos;

        private int line;

        private String delimiter = DEFAULT_DELIMITER;

        /** Where the current statement's first significant character is, or -1 before it. */
        private int statementStart = -1;

        private int statementLine;

        Scan(String source, String text, int firstLine) {
            this.source = source;
            this.text = text;
            this.length = text.length();
            this.line = firstLine;
        }

        List<SqlStatement> statements() {
            while (pos < length) {
                if (statementStart >= 0 && skipPlainRun()) {
                    continue;
                }
                char c = text.charAt(pos);
                if (c == '\n') {
                    line++;
                    pos++;
                }
                else if (Character.isWhitespace(c)) {
                    pos++;
                }
                else if (text.startsWith(delimiter, pos)) {
                    endStatement(pos);
                    pos += delimiter.length();
                }
                else if (isLineCommentStart()) {
                    skipToEndOfLine();
                }
                else if (c == '/' && peek(1) == '*') {
                    if (mysql && (peek(2) == '!' || peek(2) == '+')) {
                        // /*!50003 ... */ runs on MySQL: it is a statement, not a comment
                        markSignificant();
                    }
                    skipBlockComment();
                }
                else if (statementStart < 0 && isDelimiterDirective()) {
                    readDelimiterDirective();
                }
                else {
                    markSignificant();
                    skipToken(c);
                }
            }
            endStatement(length);
            return statements;
        }

        /**
         * Inside a statement, skips a run of characters that can start nothing (no quote, comment, dollar
         * quote, delimiter or line break): most of a script, passed over in one tight loop instead of the
         * per-character branches below. Returns whether it skipped any.
         */
        private boolean skipPlainRun() {
            char delimiterStart = delimiter.charAt(0);
            int at = pos;
            while (at < length) {
                char c = text.charAt(at);
                if (c >= PLAIN.length || !PLAIN[c] || c == delimiterStart) {
                    break;
                }
                at++;
            }
            boolean skipped = at > pos;
            pos = at;
            return skipped;
        }

        private void markSignificant() {
            if (statementStart < 0) {
                statementStart = pos;
                statementLine = line;
            }
        }

        private void endStatement(int end) {
            if (statementStart >= 0) {
                String sql = text.substring(statementStart, end).strip();
                if (!sql.isEmpty()) {
                    statements.add(new SqlStatement(sql, statementLine));
                }
            }
            statementStart = -1;
        }

        private void skipToken(char c) {
            if (c == '\'') {
                boolean escapes = mysql || isEscapeStringPrefix(pos - 1);
                skipQuoted('\'', escapes, "string literal (')");
            }
            else if (c == '"') {
                skipQuoted('"', mysql, "quoted identifier (\")");
            }
            else if (c == '`') {
                skipQuoted('`', false, "backtick-quoted identifier (`)");
            }
            else if (c == '$' && !isIdentifierPart(pos - 1)) {
                String tag = dollarTag();
                if (tag != null) {
                    skipDollarQuoted(tag);
                }
                else {
                    pos++;
                }
            }
            else {
                pos++;
            }
        }

        /** {@code E'..'} (PostgreSQL): an {@code E} that is not the end of a longer word. */
        private boolean isEscapeStringPrefix(int at) {
            if (at < 0) {
                return false;
            }
            char c = text.charAt(at);
            return (c == 'E' || c == 'e') && !isIdentifierPart(at - 1);
        }

        private boolean isIdentifierPart(int at) {
            if (at < 0) {
                return false;
            }
            char c = text.charAt(at);
            return Character.isLetterOrDigit(c) || c == '_' || c == '$';
        }

        private void skipQuoted(char quote, boolean backslashEscapes, String what) {
            int openLine = line;
            pos++;
            while (pos < length) {
                char c = text.charAt(pos);
                if (c == '\n') {
                    line++;
                }
                if (backslashEscapes && c == '\\') {
                    if (peek(1) == '\n') {
                        line++;
                    }
                    pos += 2;
                    continue;
                }
                if (c == quote) {
                    if (peek(1) == quote) {
                        pos += 2;
                        continue;
                    }
                    pos++;
                    return;
                }
                pos++;
            }
            throw problem(openLine, "unterminated " + what + ": the quote opened on this line is never closed");
        }

        private boolean isLineCommentStart() {
            char c = text.charAt(pos);
            if (c == '-' && peek(1) == '-') {
                // MySQL needs whitespace after "--": "SELECT 1--1" is arithmetic there
                return !mysql || peek(2) == 0 || Character.isWhitespace(peek(2));
            }
            return mysql && c == '#';
        }

        private void skipToEndOfLine() {
            int end = text.indexOf('\n', pos);
            pos = (end < 0) ? length : end;
        }

        private void skipBlockComment() {
            int openLine = line;
            int depth = 1;
            pos += 2;
            while (pos < length) {
                char c = text.charAt(pos);
                if (c == '\n') {
                    line++;
                    pos++;
                }
                else if (c == '*' && peek(1) == '/') {
                    pos += 2;
                    if (--depth == 0) {
                        return;
                    }
                }
                else if (!mysql && c == '/' && peek(1) == '*') {
                    depth++;
                    pos += 2;
                }
                else {
                    pos++;
                }
            }
            throw problem(openLine, "unterminated block comment: the /* opened on this line is never closed");
        }

        /** The dollar-quote tag starting at {@code pos} ({@code $$}, {@code $body$}), or null. */
        private @Nullable String dollarTag() {
            int end = pos + 1;
            if (end < length && isTagStart(text.charAt(end))) {
                end++;
                while (end < length && isTagPart(text.charAt(end))) {
                    end++;
                }
            }
            if (end < length && text.charAt(end) == '$') {
                return text.substring(pos, end + 1);
            }
            return null;
        }

        private boolean isTagStart(char c) {
            return Character.isLetter(c) || c == '_' || c >= 0x80;
        }

        private boolean isTagPart(char c) {
            return isTagStart(c) || Character.isDigit(c);
        }

        private void skipDollarQuoted(String tag) {
            int openLine = line;
            int close = text.indexOf(tag, pos + tag.length());
            if (close < 0) {
                throw problem(openLine, "unterminated dollar-quoted string: the " + tag
                        + " opened on this line is never closed");
            }
            int end = close + tag.length();
            line += countNewlines(pos, end);
            pos = end;
        }

        private boolean isDelimiterDirective() {
            return text.regionMatches(true, pos, "DELIMITER", 0, 9)
                    && (pos + 9 == length || Character.isWhitespace(text.charAt(pos + 9)))
                    && !isIdentifierPart(pos - 1);
        }

        private void readDelimiterDirective() {
            int end = text.indexOf('\n', pos);
            if (end < 0) {
                end = length;
            }
            String argument = text.substring(pos + 9, end).strip();
            int space = indexOfWhitespace(argument);
            String newDelimiter = (space < 0) ? argument : argument.substring(0, space);
            if (newDelimiter.isEmpty()) {
                throw problem(line, "DELIMITER needs a delimiter, e.g. 'DELIMITER //' (and 'DELIMITER ;' to go back)");
            }
            if (newDelimiter.indexOf('\\') >= 0 || newDelimiter.indexOf('\'') >= 0
                    || newDelimiter.indexOf('"') >= 0 || newDelimiter.indexOf('`') >= 0) {
                throw problem(line, "DELIMITER '" + newDelimiter + "' may not contain quotes or backslashes");
            }
            delimiter = newDelimiter;
            pos = end;
        }

        private int indexOfWhitespace(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (Character.isWhitespace(s.charAt(i))) {
                    return i;
                }
            }
            return -1;
        }

        private int countNewlines(int from, int to) {
            int count = 0;
            for (int i = from; i < to; i++) {
                if (text.charAt(i) == '\n') {
                    count++;
                }
            }
            return count;
        }

        private char peek(int ahead) {
            int at = pos + ahead;
            return (at < length) ? text.charAt(at) : 0;
        }

        private ScriptParseException problem(int atLine, String message) {
            return new ScriptParseException(new ScriptProblem(source, atLine, message));
        }
    }
}
