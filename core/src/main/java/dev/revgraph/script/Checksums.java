package dev.revgraph.script;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import dev.revgraph.revision.RevisionInfo;

import org.jspecify.annotations.Nullable;

/**
 * The checksums recorded for applied revisions: lowercase hex SHA-256.
 *
 * <p>An SQL revision's checksum covers its file with line endings normalised to LF and a leading UTF-8
 * BOM removed, so checking a file out on Windows does not change it. A Java revision's checksum covers
 * its declared metadata and whatever {@link dev.revgraph.Migration#checksum()} returns, in a canonical,
 * length-prefixed encoding; never the class file, whose bytes change with every compiler.
 */
public final class Checksums {

    private static final HexFormat HEX = HexFormat.of();

    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", ex);
        }
    });

    private Checksums() {
    }

    /** The checksum of an SQL revision file's raw bytes. */
    public static String ofScript(byte[] fileBytes) {
        int start = ScriptText.hasUtf8Bom(fileBytes) ? 3 : 0;
        // CR and LF never occur inside a multi-byte UTF-8 sequence, so this is safe on the bytes: the runs
        // between CRs go to the digest as they are, each CR or CRLF as one LF
        MessageDigest digest = sha256();
        int run = start;
        for (int i = start; i < fileBytes.length; i++) {
            if (fileBytes[i] == '\r') {
                digest.update(fileBytes, run, i - run);
                digest.update((byte) '\n');
                if (i + 1 < fileBytes.length && fileBytes[i + 1] == '\n') {
                    i++;
                }
                run = i + 1;
            }
        }
        digest.update(fileBytes, run, fileBytes.length - run);
        return HEX.formatHex(digest.digest());
    }

    /**
     * The checksum of a Java revision: its metadata (id, down, branch labels, depends on, message,
     * transactional, created) and the migration's own {@code checksum()} contribution.
     */
    public static String ofJavaRevision(RevisionInfo info, @Nullable String migrationChecksum) {
        Canonical canonical = new Canonical();
        canonical.text("format", "revgraph-java-revision-1");
        canonical.text("id", info.id());
        canonical.list("down", info.down());
        canonical.list("branch_labels", List.copyOf(info.branchLabels()));
        canonical.list("depends_on", info.dependsOn());
        canonical.text("message", info.message());
        canonical.text("transactional", Boolean.toString(info.transactional()));
        Instant created = info.created();
        canonical.text("created", (created != null) ? created.toString() : null);
        canonical.text("checksum", migrationChecksum);
        return sha256(canonical.bytes());
    }

    static String sha256(byte[] bytes) {
        return HEX.formatHex(sha256().digest(bytes));
    }

    /** A SHA-256 digest, reset, of this thread: loading a thousand scripts looks the algorithm up once. */
    private static MessageDigest sha256() {
        MessageDigest digest = DIGEST.get();
        digest.reset();
        return digest;
    }


    /**
     * {@code name=s<length>:<value>} per field ({@code name=n} for null) and {@code name=l<count>}
     * followed by the items for lists: no two different inputs share an encoding.
     */
    private static final class Canonical {

        private final StringBuilder out = new StringBuilder();

        void text(String name, @Nullable String value) {
            out.append(name).append('=');
            item(value);
            out.append('\n');
        }

        void list(String name, List<String> values) {
            out.append(name).append("=l").append(values.size());
            for (String value : values) {
                out.append(' ');
                item(value);
            }
            out.append('\n');
        }

        private void item(@Nullable String value) {
            if (value == null) {
                out.append('n');
            }
            else {
                out.append('s').append(value.length()).append(':').append(value);
            }
        }

        byte[] bytes() {
            return out.toString().getBytes(StandardCharsets.UTF_8);
        }
    }
}
