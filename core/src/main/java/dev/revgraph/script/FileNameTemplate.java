package dev.revgraph.script;

import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names new revision files, as Alembic's {@code file_template} does: {@code {rev}_{slug}} by default,
 * with the tokens {@code rev}, {@code slug}, {@code year}, {@code month}, {@code day}, {@code hour},
 * {@code minute}, {@code second} and {@code epoch}. Date tokens are zero-padded ({@code month} is
 * {@code 06}); {@code epoch} is in seconds.
 *
 * <pre>{@code
 * new FileNameTemplate("{year}_{month}_{day}_{rev}_{slug}")
 *         .render("ba229313341d", "Add some columns to utilizations table", created)
 * // 2024_06_03_ba229313341d_add_some_columns_to_utilizations_table
 * }</pre>
 */
public final class FileNameTemplate {

    /** The default template. */
    public static final String DEFAULT = "{rev}_{slug}";

    /** Alembic's default {@code truncate_slug_length}. */
    public static final int DEFAULT_SLUG_LENGTH = 40;

    private static final List<String> TOKENS = List.of("rev", "slug", "year", "month", "day", "hour", "minute",
            "second", "epoch");

    private static final Pattern TOKEN = Pattern.compile("\\{([^{}]*)}");

    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

    private final String template;

    private final int slugLength;

    /** A template with Alembic's slug length of 40. */
    public FileNameTemplate(String template) {
        this(template, DEFAULT_SLUG_LENGTH);
    }

    /**
     * @param template e.g. {@code {rev}_{slug}}
     * @param slugLength the longest slug, cut at a word boundary as Alembic's {@code truncate_slug_length}
     * @throws IllegalArgumentException for an unknown token or a path separator
     */
    public FileNameTemplate(String template, int slugLength) {
        if (template.isBlank()) {
            throw new IllegalArgumentException("File template must not be empty");
        }
        if (template.contains("/") || template.contains("\\")) {
            throw new IllegalArgumentException("File template '" + template + "' must not contain a path separator");
        }
        Matcher matcher = TOKEN.matcher(template);
        while (matcher.find()) {
            if (!TOKENS.contains(matcher.group(1))) {
                throw new IllegalArgumentException("File template '" + template + "' uses unknown token {"
                        + matcher.group(1) + "}; known tokens: " + String.join(", ", TOKENS));
            }
        }
        if (slugLength < 1) {
            throw new IllegalArgumentException("Slug length must be 1 or more, was " + slugLength);
        }
        this.template = template;
        this.slugLength = slugLength;
    }

    /** The file name (without extension) for a revision created at {@code created}, in UTC. */
    public String render(String rev, String message, Instant created) {
        return render(rev, message, created.atZone(ZoneOffset.UTC));
    }

    /** The file name (without extension) for a revision created at {@code created}, in its zone. */
    public String render(String rev, String message, ZonedDateTime created) {
        RevisionIds.checkId(rev).ifPresent((problem) -> {
            throw new IllegalArgumentException(problem);
        });
        Map<String, String> values = Map.of(
                "rev", rev,
                "slug", slug(message, slugLength),
                "year", String.format(Locale.ROOT, "%04d", created.getYear()),
                "month", String.format(Locale.ROOT, "%02d", created.getMonthValue()),
                "day", String.format(Locale.ROOT, "%02d", created.getDayOfMonth()),
                "hour", String.format(Locale.ROOT, "%02d", created.getHour()),
                "minute", String.format(Locale.ROOT, "%02d", created.getMinute()),
                "second", String.format(Locale.ROOT, "%02d", created.getSecond()),
                "epoch", Long.toString(created.toEpochSecond()));
        Matcher matcher = TOKEN.matcher(template);
        StringBuilder name = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(name, Matcher.quoteReplacement(values.get(matcher.group(1))));
        }
        matcher.appendTail(name);
        // an empty slug must not leave "ba229313341d_" behind
        return name.toString().replaceAll("^[_-]+|[_-]+$", "");
    }

    /** The same with the zone of the caller's choice, for callers that hold an instant and a zone. */
    public String render(String rev, String message, Instant created, ZoneId zone) {
        return render(rev, message, created.atZone(zone));
    }

    /**
     * The slug of a message as Alembic makes it: the words (runs of letters and digits, accents removed),
     * lower case, joined by {@code _}; when longer than {@code maxLength}, cut at the last word boundary
     * within it and ended with {@code _}.
     */
    public static String slug(String message, int maxLength) {
        String ascii = DIACRITICS.matcher(Normalizer.normalize(message, Normalizer.Form.NFD)).replaceAll("");
        Matcher words = WORD.matcher(ascii.toLowerCase(Locale.ROOT));
        List<String> found = new ArrayList<>();
        while (words.find()) {
            found.add(words.group());
        }
        String slug = String.join("_", found);
        if (slug.length() > maxLength) {
            String cut = slug.substring(0, maxLength);
            int lastSeparator = cut.lastIndexOf('_');
            slug = ((lastSeparator > 0) ? cut.substring(0, lastSeparator) : cut) + "_";
        }
        return slug;
    }
}
