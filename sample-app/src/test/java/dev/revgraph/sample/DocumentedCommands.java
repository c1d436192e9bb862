package dev.revgraph.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code migrations} commands a Markdown guide shows in its fenced code blocks, in the order they
 * appear, each with the exit status the guide implies and, in {@code console} blocks, the output it shows.
 * The convention (docs/development.md, "Commands in the guides are tested"):
 *
 * <ul>
 * <li>in a {@code console} block, a line {@code $ migrations ...} or {@code $ java -jar ... migrations ...}
 * is a command; the lines after it, up to the next {@code $} line, are what it prints;</li>
 * <li>in a {@code bash}, {@code sh} or {@code shell} block, a line {@code migrations ...} or
 * {@code java -jar ... migrations ...} is a command (a trailing {@code \} continues it on the next line);
 * nothing is said about its output;</li>
 * <li>a command exits 0 unless its line ends with {@code # exits N}; any other trailing {@code # comment} is
 * prose;</li>
 * <li>{@code migrations ARGS} stands for {@code java -jar <the sample's jar> --logging.level.root=warn
 * migrations ARGS}, the alias docs/README.md sets up; a guide may set another one in a script block
 * ({@code alias migrations='java -jar ... --spring.profiles.active=scratch migrations'}), which holds for the
 * rest of that guide;</li>
 * <li>in a script block, {@code mkdir}, {@code rm} and {@code mv} lines on relative paths are file steps,
 * done in the guide's folder in their place, so the commands after them find the files as a reader's
 * would.</li>
 * </ul>
 *
 * Other lines ({@code ./mvnw ...}, {@code cd ...}, {@code curl ...}, the standalone {@code revgraph ...})
 * are neither.
 */
final class DocumentedCommands {

    private static final Pattern FENCE = Pattern.compile("^(\\s*)```\\s*([A-Za-z0-9_-]*).*$");

    private static final Pattern EXITS = Pattern.compile("#\\s*exits\\s+(\\d+)\\s*$");

    /** What {@code migrations} stands for until a guide sets an alias of its own. */
    static final List<String> DEFAULT_ALIAS = List.of("--logging.level.root=warn");

    private DocumentedCommands() {
    }

    /** The commands of the guide at {@code file}. */
    static List<Command> read(Path file) throws IOException {
        return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The commands in {@code markdown}; {@code guide} names it in messages. */
    static List<Command> parse(String guide, String markdown) {
        List<Command> commands = new ArrayList<>();
        List<List<String>> alias = new ArrayList<>(List.of(DEFAULT_ALIAS));
        String[] lines = markdown.split("\r?\n", -1);
        int i = 0;
        while (i < lines.length) {
            Matcher fence = FENCE.matcher(lines[i]);
            if (!fence.matches()) {
                i++;
                continue;
            }
            String indent = fence.group(1);
            String language = fence.group(2).toLowerCase(Locale.ROOT);
            List<String> block = new ArrayList<>();
            int start = i + 1;
            i++;
            while (i < lines.length && !lines[i].strip().startsWith("```")) {
                String line = lines[i];
                block.add(line.startsWith(indent) ? line.substring(indent.length()) : line.stripLeading());
                i++;
            }
            i++;
            switch (language) {
                case "console" -> readConsole(guide, start, block, alias, commands);
                case "bash", "sh", "shell" -> readScript(guide, start, block, alias, commands);
                default -> {
                }
            }
        }
        return commands;
    }

    private static void readConsole(String guide, int firstLine, List<String> block, List<List<String>> alias,
            List<Command> commands) {
        for (int i = 0; i < block.size(); i++) {
            String line = block.get(i);
            if (!line.startsWith("$ ")) {
                continue;
            }
            String text = line.substring(2).strip();
            List<String> output = new ArrayList<>();
            int j = i + 1;
            while (j < block.size() && !block.get(j).startsWith("$ ")) {
                output.add(block.get(j));
                j++;
            }
            while (!output.isEmpty() && output.get(output.size() - 1).isBlank()) {
                output.remove(output.size() - 1);
            }
            command(guide, firstLine + i + 1, text, output, alias.get(0)).ifPresent(commands::add);
        }
    }

    private static void readScript(String guide, int firstLine, List<String> block, List<List<String>> alias,
            List<Command> commands) {
        for (int i = 0; i < block.size(); i++) {
            int lineNumber = firstLine + i + 1;
            StringBuilder text = new StringBuilder(block.get(i).strip());
            while (text.toString().endsWith("\\") && i + 1 < block.size()) {
                text.setLength(text.length() - 1);
                text.append(' ').append(block.get(++i).strip());
            }
            String line = text.toString();
            if (line.startsWith("alias migrations=")) {
                List<String> words = words(stripComment(line.substring("alias migrations=".length())));
                alias.set(0, aliasProperties(guide, lineNumber, words.isEmpty() ? "" : words.get(0)));
                continue;
            }
            Optional<Command> step = fileStep(guide, lineNumber, line);
            if (step.isPresent()) {
                commands.add(step.get());
                continue;
            }
            command(guide, lineNumber, line, null, alias.get(0)).ifPresent(commands::add);
        }
    }

    /** The {@code --name=value} arguments an alias {@code java -jar JAR ... migrations} puts before the command. */
    private static List<String> aliasProperties(String guide, int line, String alias) {
        List<String> words = words(alias);
        if (words.size() < 4 || !words.get(0).equals("java") || !words.get(1).equals("-jar")
                || !words.get(words.size() - 1).equals("migrations")) {
            throw new IllegalArgumentException(guide + ":" + line + ": an alias for migrations must read "
                    + "'java -jar JAR [--name=value ...] migrations', not '" + alias + "'");
        }
        return List.copyOf(words.subList(3, words.size() - 1));
    }

    /** {@code mkdir}, {@code rm} or {@code mv} on relative paths, as a step to do in the guide's folder. */
    private static Optional<Command> fileStep(String guide, int line, String text) {
        List<String> words = words(stripComment(text));
        if (words.isEmpty() || !List.of("mkdir", "rm", "mv").contains(words.get(0))) {
            return Optional.empty();
        }
        List<String> paths = words.subList(1, words.size()).stream().filter((word) -> !word.startsWith("-")).toList();
        if (paths.isEmpty() || (words.get(0).equals("mv") && paths.size() != 2)) {
            throw new IllegalArgumentException(guide + ":" + line + ": cannot follow '" + text + "'");
        }
        for (String path : paths) {
            if (path.startsWith("/") || path.startsWith("~") || path.contains("..") || path.contains("*")) {
                throw new IllegalArgumentException(guide + ":" + line + ": a file step works on paths inside the "
                        + "sample's folder, not on '" + path + "'");
            }
        }
        Kind kind = switch (words.get(0)) {
            case "mkdir" -> Kind.MKDIR;
            case "rm" -> Kind.REMOVE;
            default -> Kind.MOVE;
        };
        return Optional.of(new Command(guide, line, text, kind, List.of(), List.copyOf(paths), 0, null));
    }

    private static Optional<Command> command(String guide, int line, String text, List<String> output,
            List<String> alias) {
        String withoutComment = stripComment(text);
        List<String> words = words(withoutComment);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        List<String> properties = new ArrayList<>();
        List<String> arguments;
        if (words.get(0).equals("migrations")) {
            properties.addAll(alias);
            arguments = words.subList(1, words.size());
        }
        else if (words.size() > 3 && words.get(0).equals("java") && words.get(1).equals("-jar")
                && words.subList(3, words.size()).contains("migrations")) {
            int migrations = words.subList(3, words.size()).indexOf("migrations") + 3;
            properties.addAll(words.subList(3, migrations));
            arguments = words.subList(migrations + 1, words.size());
        }
        else {
            return Optional.empty();
        }
        Matcher exits = EXITS.matcher(text);
        int expected = exits.find() ? Integer.parseInt(exits.group(1)) : 0;
        return Optional.of(new Command(guide, line, text, Kind.MIGRATIONS, List.copyOf(properties),
                List.copyOf(arguments), expected, (output != null) ? List.copyOf(output) : null));
    }

    /** The line without a trailing {@code # comment} that is outside quotes. */
    static String stripComment(String text) {
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            }
            else if (c == '"' || c == '\'') {
                quote = c;
            }
            else if (c == '#' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                return text.substring(0, i).strip();
            }
        }
        return text.strip();
    }

    /** Splits a command line as a POSIX shell would for the simple quoting the guides use. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
                else {
                    word.append(c);
                }
            }
            else if (c == '"' || c == '\'') {
                quote = c;
                word = (word != null) ? word : new StringBuilder();
            }
            else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            }
            else {
                word = (word != null) ? word : new StringBuilder();
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    /** What a line of a guide asks for. */
    enum Kind {

        /** Run the sample in command mode. */
        MIGRATIONS,

        /** Create the folders {@code arguments} names. */
        MKDIR,

        /** Delete the files or folders {@code arguments} names, if they exist. */
        REMOVE,

        /** Move {@code arguments[0]} to {@code arguments[1]}. */
        MOVE

    }

    /**
     * One command of a guide.
     * @param guide the guide's file name
     * @param line the line it is on
     * @param text the line as written
     * @param kind a command, or a file step
     * @param properties {@code --name=value} arguments before the word {@code migrations}: the alias's, then the
     * line's own
     * @param arguments what follows the word {@code migrations}; for a file step, its paths
     * @param expectedExit the exit status the guide implies
     * @param output the lines the guide shows it printing, or {@code null} when it shows none (a script block)
     */
    record Command(String guide, int line, String text, Kind kind, List<String> properties, List<String> arguments,
            int expectedExit, List<String> output) {

        /** The Spring profile the command activates, or {@code null}. */
        String profile() {
            for (String property : this.properties) {
                if (property.startsWith("--spring.profiles.active=")) {
                    return property.substring("--spring.profiles.active=".length());
                }
            }
            return null;
        }

        @Override
        public String toString() {
            return this.guide + ":" + this.line + ": " + this.text;
        }
    }
}
