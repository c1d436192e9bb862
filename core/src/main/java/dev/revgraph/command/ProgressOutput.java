package dev.revgraph.command;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import dev.revgraph.runtime.ProgressListener;

/** The runtime's Alembic-style {@link ProgressListener}, writing to a {@link CommandOutput}. */
final class ProgressOutput {

    private ProgressOutput() {
    }

    static ProgressListener to(CommandOutput output) {
        return ProgressListener.to(new PrintStream(new LineStream(output), true, StandardCharsets.UTF_8));
    }

    /** Hands each complete line to the output. */
    private static final class LineStream extends OutputStream {

        private final CommandOutput output;

        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        LineStream(CommandOutput output) {
            this.output = output;
        }

        @Override
        public void write(int b) {
            if (b == '\n') {
                String text = this.line.toString(StandardCharsets.UTF_8);
                this.line.reset();
                this.output.line(text.endsWith("\r") ? text.substring(0, text.length() - 1) : text);
            }
            else {
                this.line.write(b);
            }
        }
    }
}
