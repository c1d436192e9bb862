package dev.revgraph.diff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An SQL expression (a default, a check condition, an index element or predicate) in a canonical form
 * that survives what servers do when they store and write back an expression: PostgreSQL's casts
 * ({@code 'x'::character varying}, {@code 0::numeric}), its rewriting of {@code IN} as
 * {@code = ANY (ARRAY[...])} and of {@code BETWEEN} as two comparisons, redundant parentheses, quoted and
 * upper-cased names ({@code "STATUS"}, {@code `status`}), keyword case, and numbers written with
 * trailing zeros. The result is the expression's tokens joined by single spaces; names folded to lower
 * case, string literals kept exactly.
 *
 * <p>Parentheses are removed only where that cannot change the meaning: around the whole expression,
 * around a single token, inside another pair, and around an operand of {@code AND}/{@code OR} that has
 * no {@code AND} or {@code OR} of its own. The conjuncts of a top-level {@code AND} are sorted (see
 * {@link #conjunctsInOrder(List)}): Hibernate Validator hands {@code @Min} and {@code @Max} over in no
 * fixed order.
 */
final class SqlExpression {

    /** Words that continue a multi-word type name after {@code ::}. */
    private static final Set<String> TYPE_WORDS = Set.of("varying", "precision", "with", "without", "time", "zone");

    private SqlExpression() {
    }

    static String canonical(String sql) {
        return canonical(sql, false);
    }

    /**
     * The canonical form; with {@code literalCasts}, also without the casts of literals written as
     * {@code CAST(0 AS NUMERIC(1))}, as H2 writes a literal compared with a column of another type.
     */
    static String canonical(String sql, boolean literalCasts) {
        List<String> tokens = tokenize(sql);
        tokens = withoutCasts(tokens);
        if (literalCasts) {
            tokens = withoutLiteralCasts(tokens);
        }
        tokens = withoutParentheses(tokens);
        tokens = anyArrayAsIn(tokens);
        tokens = betweenAsComparisons(tokens);
        tokens = withoutParentheses(tokens);
        return String.join(" ", conjunctsInOrder(tokens));
    }

    static List<String> tokenize(String sql) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        int length = sql.length();
        while (i < length) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            }
            else if (c == '\'' || ((c == 'b' || c == 'B' || c == 'x' || c == 'X' || c == 'E' || c == 'e'
                    || c == 'N' || c == 'n') && i + 1 < length && sql.charAt(i + 1) == '\'' && startsToken(sql, i))) {
                int start = i;
                String prefix = (c == '\'') ? "" : String.valueOf(Character.toLowerCase(c));
                i = (c == '\'') ? i + 1 : i + 2;
                StringBuilder literal = new StringBuilder();
                while (i < length) {
                    char d = sql.charAt(i);
                    if (d == '\'' && i + 1 < length && sql.charAt(i + 1) == '\'') {
                        literal.append("''");
                        i += 2;
                    }
                    else if (d == '\'') {
                        i++;
                        break;
                    }
                    else {
                        literal.append(d);
                        i++;
                    }
                }
                tokens.add((prefix.equals("e") || prefix.equals("n") ? "" : prefix) + "'" + literal + "'");
                if (start == i) {
                    i++;
                }
            }
            else if (c == '"' || c == '`') {
                int close = sql.indexOf(c, i + 1);
                if (close < 0) {
                    close = length;
                }
                tokens.add(sql.substring(i + 1, close).toLowerCase(Locale.ROOT));
                i = close + 1;
            }
            else if (Character.isDigit(c) || (c == '.' && i + 1 < length && Character.isDigit(sql.charAt(i + 1)))) {
                int start = i;
                while (i < length && (Character.isDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
                    i++;
                }
                if (i < length && (sql.charAt(i) == 'e' || sql.charAt(i) == 'E') && i + 1 < length
                        && (Character.isDigit(sql.charAt(i + 1)) || sql.charAt(i + 1) == '-' || sql.charAt(i + 1) == '+')) {
                    i += 2;
                    while (i < length && Character.isDigit(sql.charAt(i))) {
                        i++;
                    }
                }
                tokens.add(number(sql.substring(start, i)));
            }
            else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < length && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_'
                        || sql.charAt(i) == '$')) {
                    i++;
                }
                tokens.add(sql.substring(start, i).toLowerCase(Locale.ROOT));
            }
            else {
                String two = (i + 1 < length) ? sql.substring(i, i + 2) : "";
                if (two.equals("::") || two.equals("<=") || two.equals(">=") || two.equals("<>") || two.equals("||")) {
                    tokens.add(two);
                    i += 2;
                }
                else if (two.equals("!=")) {
                    tokens.add("<>");
                    i += 2;
                }
                else {
                    tokens.add(String.valueOf(c));
                    i++;
                }
            }
        }
        return tokens;
    }

    private static boolean startsToken(String sql, int i) {
        return i == 0 || !(Character.isLetterOrDigit(sql.charAt(i - 1)) || sql.charAt(i - 1) == '_');
    }

    /** {@code 0.00} and {@code 0} are the same number; {@code 1e3} and {@code 1000} too. */
    private static String number(String text) {
        try {
            BigDecimal value = new BigDecimal(text).stripTrailingZeros();
            return (value.signum() == 0) ? "0" : value.toPlainString();
        }
        catch (NumberFormatException ex) {
            return text;
        }
    }

    /** Drops {@code ::type}, {@code ::character varying(20)}, {@code ::text[]}. */
    static List<String> withoutCasts(List<String> tokens) {
        List<String> result = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).equals("::")) {
                result.add(tokens.get(i));
                continue;
            }
            int j = i + 1;
            if (j < tokens.size() && isWord(tokens.get(j))) {
                j++;
                while (j < tokens.size() && TYPE_WORDS.contains(tokens.get(j))) {
                    j++;
                }
            }
            if (j < tokens.size() && tokens.get(j).equals("(")) {
                int close = j;
                while (close < tokens.size() && !tokens.get(close).equals(")")) {
                    close++;
                }
                j = close + 1;
                while (j < tokens.size() && TYPE_WORDS.contains(tokens.get(j))) {
                    j++;
                }
            }
            while (j + 1 < tokens.size() && tokens.get(j).equals("[") && tokens.get(j + 1).equals("]")) {
                j += 2;
            }
            i = j - 1;
        }
        return result;
    }

    /** {@code CAST(0 AS NUMERIC(1))} is {@code 0}, {@code CAST(-1.5 AS ...)} is {@code -1.5}, {@code CAST('x' AS ...)} is {@code 'x'}. */
    static List<String> withoutLiteralCasts(List<String> tokens) {
        List<String> result = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).equals("cast") || !matches(tokens, i + 1, "(")) {
                result.add(tokens.get(i));
                continue;
            }
            int literal = i + 2;
            boolean signed = literal < tokens.size() && (tokens.get(literal).equals("-") || tokens.get(literal).equals("+"));
            int value = signed ? literal + 1 : literal;
            int close = matching(tokens, i + 1);
            if (value + 1 >= tokens.size() || !isLiteral(tokens.get(value)) || (signed && !isNumber(tokens.get(value)))
                    || !tokens.get(value + 1).equals("as") || close < 0) {
                result.add(tokens.get(i));
                continue;
            }
            result.addAll(tokens.subList(literal, value + 1));
            i = close;
        }
        return result;
    }

    private static boolean isLiteral(String token) {
        return isNumber(token) || token.startsWith("'");
    }

    private static boolean isNumber(String token) {
        return !token.isEmpty() && (Character.isDigit(token.charAt(0)) || token.charAt(0) == '.');
    }

    /**
     * The conjuncts of a condition joined by {@code AND} at its top level, sorted, so that the order they
     * were written in does not matter ({@code a >= 0 and a <= 10} is {@code a <= 10 and a >= 0}); a
     * conjunct that is a parenthesised {@code AND} of its own is taken apart too. Nothing is reordered
     * when the top level has an {@code OR} (which binds less tightly), a {@code BETWEEN} (whose
     * {@code AND} is not a conjunction) or a {@code CASE}.
     */
    static List<String> conjunctsInOrder(List<String> tokens) {
        List<List<String>> conjuncts = new ArrayList<>();
        if (!splitConjuncts(tokens, conjuncts) || conjuncts.size() < 2) {
            return tokens;
        }
        conjuncts.sort(Comparator.comparing((List<String> conjunct) -> String.join(" ", conjunct)));
        List<String> result = new ArrayList<>();
        for (List<String> conjunct : conjuncts) {
            if (!result.isEmpty()) {
                result.add("and");
            }
            result.addAll(conjunct);
        }
        return result;
    }

    /** Adds the top-level conjuncts of {@code tokens} to {@code into}; false when they cannot be split safely. */
    private static boolean splitConjuncts(List<String> tokens, List<List<String>> into) {
        List<List<String>> parts = new ArrayList<>();
        List<String> part = new ArrayList<>();
        int depth = 0;
        for (String token : tokens) {
            if (token.equals("(")) {
                depth++;
            }
            else if (token.equals(")")) {
                depth--;
            }
            else if (depth == 0 && Set.of("or", "between", "case").contains(token)) {
                return false;
            }
            if (depth == 0 && token.equals("and")) {
                parts.add(part);
                part = new ArrayList<>();
            }
            else {
                part.add(token);
            }
        }
        parts.add(part);
        if (depth != 0 || parts.stream().anyMatch(List::isEmpty)) {
            return false;
        }
        for (List<String> conjunct : parts) {
            List<List<String>> inner = new ArrayList<>();
            boolean group = conjunct.size() > 2 && conjunct.get(0).equals("(")
                    && matching(conjunct, 0) == conjunct.size() - 1;
            if (group && splitConjuncts(conjunct.subList(1, conjunct.size() - 1), inner) && inner.size() > 1) {
                into.addAll(inner);
            }
            else {
                into.add(conjunct);
            }
        }
        return true;
    }

    private static boolean isWord(String token) {
        return !token.isEmpty() && (Character.isLetter(token.charAt(0)) || token.charAt(0) == '_');
    }

    /** {@code x = ANY (ARRAY[a, b])} is {@code x IN (a, b)}; {@code x <> ALL (ARRAY[...])} is {@code NOT IN}. */
    static List<String> anyArrayAsIn(List<String> tokens) {
        List<String> result = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            boolean any = token.equals("=") && matches(tokens, i + 1, "any", "(", "array", "[");
            boolean all = token.equals("<>") && matches(tokens, i + 1, "all", "(", "array", "[");
            if (!any && !all) {
                result.add(token);
                continue;
            }
            int close = i + 5;
            while (close < tokens.size() && !tokens.get(close).equals("]")) {
                close++;
            }
            if (close + 1 >= tokens.size() || !tokens.get(close + 1).equals(")")) {
                result.add(token);
                continue;
            }
            if (all) {
                result.add("not");
            }
            result.add("in");
            result.add("(");
            result.addAll(tokens.subList(i + 5, close));
            result.add(")");
            i = close + 1;
        }
        return result;
    }

    private static boolean matches(List<String> tokens, int from, String... expected) {
        if (from + expected.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < expected.length; k++) {
            if (!tokens.get(from + k).equals(expected[k])) {
                return false;
            }
        }
        return true;
    }

    /** {@code x BETWEEN a AND b} is {@code x >= a AND x <= b}, for a name and two literals. */
    static List<String> betweenAsComparisons(List<String> tokens) {
        List<String> result = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).equals("between") || result.isEmpty()) {
                result.add(tokens.get(i));
                continue;
            }
            String subject = result.get(result.size() - 1);
            if (!isWord(subject) || subject.equals("not")) {
                result.add(tokens.get(i));
                continue;
            }
            List<String> low = new ArrayList<>();
            int j = operand(tokens, i + 1, low);
            if (j < 0 || j >= tokens.size() || !tokens.get(j).equals("and")) {
                result.add(tokens.get(i));
                continue;
            }
            List<String> high = new ArrayList<>();
            int k = operand(tokens, j + 1, high);
            if (k < 0) {
                result.add(tokens.get(i));
                continue;
            }
            result.add(">=");
            result.addAll(low);
            result.add("and");
            result.add(subject);
            result.add("<=");
            result.addAll(high);
            i = k - 1;
        }
        return result;
    }

    /** A literal operand, optionally signed; returns the index after it, or -1. */
    private static int operand(List<String> tokens, int from, List<String> into) {
        int i = from;
        if (i < tokens.size() && (tokens.get(i).equals("-") || tokens.get(i).equals("+"))) {
            into.add(tokens.get(i));
            i++;
        }
        if (i >= tokens.size() || tokens.get(i).equals("(") || tokens.get(i).equals(")")) {
            return -1;
        }
        into.add(tokens.get(i));
        return i + 1;
    }

    /** Removes the parentheses that cannot change the meaning; see the class description. */
    static List<String> withoutParentheses(List<String> tokens) {
        List<String> current = new ArrayList<>(tokens);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int open = 0; open < current.size(); open++) {
                if (!current.get(open).equals("(")) {
                    continue;
                }
                int close = matching(current, open);
                if (close < 0) {
                    break;
                }
                if (removable(current, open, close)) {
                    current.remove(close);
                    current.remove(open);
                    changed = true;
                    break;
                }
            }
        }
        return current;
    }

    private static int matching(List<String> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).equals("(")) {
                depth++;
            }
            else if (tokens.get(i).equals(")")) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean removable(List<String> tokens, int open, int close) {
        String before = (open > 0) ? tokens.get(open - 1) : null;
        String after = (close + 1 < tokens.size()) ? tokens.get(close + 1) : null;
        if (before != null && isWord(before) && !Set.of("and", "or", "not", "when", "then", "else").contains(before)) {
            return false; // a function's arguments, IN's list, ANY's array
        }
        if (close == open + 2) {
            return true; // one token
        }
        if (close == open + 1) {
            return false; // now()
        }
        boolean wholeOrInner = (before == null || before.equals("(")) && (after == null || after.equals(")"));
        if (wholeOrInner) {
            return true;
        }
        boolean logicalContext = (before == null || before.equals("(") || before.equals("and") || before.equals("or"))
                && (after == null || after.equals(")") || after.equals("and") || after.equals("or"));
        return logicalContext && !hasTopLevelLogic(tokens, open + 1, close);
    }

    private static boolean hasTopLevelLogic(List<String> tokens, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            String token = tokens.get(i);
            if (token.equals("(")) {
                depth++;
            }
            else if (token.equals(")")) {
                depth--;
            }
            else if (depth == 0 && (token.equals("and") || token.equals("or"))) {
                return true;
            }
        }
        return false;
    }
}
