package dev.revgraph;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The root of every error RevGraph raises on purpose. Each carries a stable {@link #code()} (one of
 * {@link ErrorCode}) so that the command line, failure analyzers and the Actuator endpoint can translate
 * it once, at the edge, for their own audience.
 */
public class RevGraphException extends RuntimeException {

    private final ErrorCode errorCode;

    public RevGraphException(ErrorCode errorCode, String message) {
        this(errorCode, message, null);
    }

    public RevGraphException(ErrorCode errorCode, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
    }

    /** The stable, machine-readable code of this error, e.g. {@code multiple_heads}. */
    public final String code() {
        return errorCode.code();
    }

    public final ErrorCode errorCode() {
        return errorCode;
    }
}
