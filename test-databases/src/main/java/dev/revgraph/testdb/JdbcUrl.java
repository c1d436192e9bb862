package dev.revgraph.testdb;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A server's JDBC URL ({@code jdbc:<driver>://host:port[/database][?key=value&...]}) taken apart just
 * enough to point it at another database and to keep its credentials out of sight.
 */
final class JdbcUrl {

    private static final Pattern SERVER_URL =
            Pattern.compile("(jdbc:[a-z0-9]+://[^/?]+)(?:/([^?]*))?(?:\\?(.*))?", Pattern.CASE_INSENSITIVE);

    private static final Pattern PASSWORD_OPTION =
            Pattern.compile("([?&;][a-z_.-]*password=)[^&;]*", Pattern.CASE_INSENSITIVE);

    private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(//[^/?@:]*:)[^/?@]*@");

    private static final String MASK = "****";

    private final String url;
    private final String server;
    private final String database;
    private final List<String> options;
    private final @Nullable String user;
    private final @Nullable String password;

    private JdbcUrl(String url, String server, String database, List<String> options,
            @Nullable String user, @Nullable String password) {
        this.url = url;
        this.server = server;
        this.database = database;
        this.options = List.copyOf(options);
        this.user = user;
        this.password = password;
    }

    /**
     * Parses a server URL; {@code user} and {@code password} options become the credentials.
     * @throws IllegalArgumentException if the URL does not have the expected shape (the message masks
     * the password)
     */
    static JdbcUrl parse(String url) {
        Matcher matcher = SERVER_URL.matcher(url.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + mask(url)
                    + "' is not a JDBC URL of the form jdbc:<driver>://host:port/[database]?user=...&password=...");
        }
        String database = matcher.group(2) != null ? matcher.group(2) : "";
        List<String> options = new ArrayList<>();
        String user = null;
        String password = null;
        if (matcher.group(3) != null) {
            for (String option : matcher.group(3).split("&")) {
                int equals = option.indexOf('=');
                String key = (equals < 0 ? option : option.substring(0, equals)).toLowerCase(Locale.ROOT);
                String value = equals < 0 ? "" : percentDecode(option.substring(equals + 1));
                switch (key) {
                    case "" -> { }
                    case "user" -> user = value;
                    case "password" -> password = value;
                    default -> options.add(option);
                }
            }
        }
        return new JdbcUrl(url, matcher.group(1), database, options, user, password);
    }

    /**
     * Replaces the value of every password in a JDBC URL (a {@code password=} or
     * {@code ...password=} option, or the password of {@code //user:password@host}) with
     * {@code ****}, so that the URL can be printed.
     */
    static String mask(String url) {
        String masked = PASSWORD_OPTION.matcher(url).replaceAll("$1" + MASK);
        return USER_INFO_PASSWORD.matcher(masked).replaceAll("$1" + MASK + "@");
    }

    /** The database of this URL, {@code ""} when it names none. */
    String database() {
        return database;
    }

    @Nullable String user() {
        return user;
    }

    @Nullable String password() {
        return password;
    }

    /** This URL, pointed at another database of the same server, without the credentials. */
    String withDatabase(String otherDatabase) {
        return server + "/" + otherDatabase + (options.isEmpty() ? "" : "?" + String.join("&", options));
    }

    /** This URL without the credentials. */
    String withoutCredentials() {
        return withDatabase(database);
    }

    /** The URL with its password masked. */
    @Override
    public String toString() {
        return mask(url);
    }

    // URLDecoder would also turn '+' into a space, which is wrong for a password.
    private static String percentDecode(String value) {
        if (value.indexOf('%') < 0) {
            return value;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%' && isHex(value, i + 1) && isHex(value, i + 2)) {
                bytes.write(Integer.parseInt(value.substring(i + 1, i + 3), 16));
                i += 2;
            }
            else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(String value, int index) {
        return index < value.length() && Character.digit(value.charAt(index), 16) >= 0;
    }
}
