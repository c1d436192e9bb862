package dev.revgraph.benchmarks;

import java.util.Locale;

/**
 * A median (or a ratio of medians) measured cold — a fresh JVM, what an application start pays — and
 * warm, within one JVM after earlier runs. Either may be {@code NaN}: not measured in this session
 * (JMH's steady-state figures are warm only).
 *
 * @param cold the cold figure, or {@code NaN}
 * @param warm the warm figure, or {@code NaN}
 */
public record Figure(double cold, double warm) {

    /** Neither cold nor warm: the figure was not measured. */
    public static final Figure NONE = new Figure(Double.NaN, Double.NaN);

    public boolean isMeasured() {
        return !Double.isNaN(this.cold) || !Double.isNaN(this.warm);
    }

    /** "3,197 / 1,694", "0.84", "— / 9.71": milliseconds, cold then warm. */
    public String millis() {
        return format(Figure::millis);
    }

    /** "2.29× / 3.28×": ratios, cold then warm. */
    public String times() {
        return format(Figure::times);
    }

    private String format(java.util.function.DoubleFunction<String> formatter) {
        if (!isMeasured()) {
            return "—";
        }
        if (Double.isNaN(this.warm)) {
            return formatter.apply(this.cold);
        }
        return formatter.apply(this.cold) + " / " + formatter.apply(this.warm);
    }

    /** A time in milliseconds: three significant figures below 100, whole milliseconds above. */
    public static String millis(double millis) {
        if (Double.isNaN(millis)) {
            return "—";
        }
        if (millis >= 100) {
            return String.format(Locale.ROOT, "%,.0f", millis);
        }
        return String.format(Locale.ROOT, (millis >= 10) ? "%.1f" : "%.2f", millis);
    }

    /** A ratio: "2.29×", or "76×" from 10 on. */
    public static String times(double ratio) {
        if (Double.isNaN(ratio)) {
            return "—";
        }
        return String.format(Locale.ROOT, (ratio >= 10) ? "%.0f×" : "%.2f×", ratio);
    }
}
