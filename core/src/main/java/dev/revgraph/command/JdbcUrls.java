package dev.revgraph.command;

import java.util.Locale;
import java.util.regex.Pattern;

import dev.revgraph.dialect.DatabaseId;

import org.jspecify.annotations.Nullable;

/** What a JDBC URL tells without connecting, and how to print one safely. */
public final class JdbcUrls {

    private static final String MASK = "****";

    /** {@code ?password=x}, {@code &password=x}, {@code ;password=x}, {@code ;PASSWORD=x}, also {@code sslpassword}. */
    private static final Pattern PASSWORD_OPTION = Pattern.compile("([?&;][a-z_.-]*password=)[^&;]*",
            Pattern.CASE_INSENSITIVE);

    /** {@code //user:secret@host}. */
    private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(//[^/?@:]*:)[^/?@]*@");

    private JdbcUrls() {
    }

    /** {@code url} with every password replaced by {@code ****}, fit to print. */
    public static String mask(String url) {
        String masked = PASSWORD_OPTION.matcher(url).replaceAll("$1" + MASK);
        return USER_INFO_PASSWORD.matcher(masked).replaceAll("$1" + MASK + "@");
    }

    /** The database a JDBC URL points at, or {@code null} when the URL does not say. */
    public static @Nullable DatabaseId databaseId(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            return DatabaseId.POSTGRESQL;
        }
        if (lower.startsWith("jdbc:mariadb:")) {
            return DatabaseId.MARIADB;
        }
        if (lower.startsWith("jdbc:mysql:")) {
            return DatabaseId.MYSQL;
        }
        if (lower.startsWith("jdbc:h2:")) {
            return DatabaseId.H2;
        }
        if (lower.startsWith("jdbc:sqlserver:")) {
            return DatabaseId.SQLSERVER;
        }
        if (lower.startsWith("jdbc:oracle:")) {
            return DatabaseId.ORACLE;
        }
        if (lower.startsWith("jdbc:sqlite:")) {
            return DatabaseId.SQLITE;
        }
        return null;
    }
}
