package dev.revgraph.script;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a revision file into text: strict UTF-8 (a wrong byte is an error, never a
 * replacement character that would run as SQL), a leading BOM dropped, line endings normalised to LF.
 */
final class ScriptText {

    private ScriptText() {
    }

    static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
    }

    /**
     * Decodes {@code bytes} or explains, with the line, why they are not a revision file.
     *
     * @throws ScriptParseException for UTF-16, NUL bytes, invalid UTF-8, or a file with nothing in it
     */
    static String decode(String source, byte[] bytes) {
        if (bytes.length >= 2 && (((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)
                || ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF))) {
            throw problem(source, 1, "the file is UTF-16 encoded; save it as UTF-8");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw problem(source, lineOf(bytes, i),
                        "the file contains a NUL byte (byte offset " + i + "); is it a binary file?");
            }
        }
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        String text = normaliseLineEndings(strictUtf8(source, bytes, start));
        if (text.isBlank()) {
            throw problem(source, 1, "empty file: a revision needs a header and at least one section");
        }
        return text;
    }

    private static String strictUtf8(String source, byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            throw problem(source, lineOf(bytes, offset), String.format(
                    "invalid UTF-8 (byte 0x%02X at byte offset %d); revision files must be UTF-8",
                    bytes[offset] & 0xFF, offset));
        }
        if (!result.isUnderflow()) {
            // cannot happen: every byte yields at most one char
            throw new IllegalStateException("UTF-8 decoding of " + source + " did not complete: " + result);
        }
        out.flip();
        return out.toString();
    }

    static String normaliseLineEndings(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The 1-based line of byte {@code offset}, counting LF, CRLF and lone CR as line breaks. */
    static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }

    private static ScriptParseException problem(String source, int line, String message) {
        return new ScriptParseException(new ScriptProblem(source, line, message));
    }
}
