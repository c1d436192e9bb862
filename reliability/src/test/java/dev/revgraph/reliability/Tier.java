package dev.revgraph.reliability;

import java.util.Locale;

/**
 * The two tiers of the suite: {@code fast} runs in CI ({@code ./mvnw verify}) with few trials; {@code full}
 * ({@code -Preliability-full}, or {@code -Drevgraph.reliability.tier=full}) runs the trial counts.
 */
enum Tier {

    FAST, FULL;

    static Tier current() {
        String tier = System.getProperty("revgraph.reliability.tier", "fast");
        return Tier.valueOf(tier.trim().toUpperCase(Locale.ROOT));
    }

    static boolean full() {
        return current() == FULL;
    }

    /** {@code fast} trials in the fast tier, {@code full} in the full one. */
    static int trials(int fast, int full) {
        return full() ? full : fast;
    }

}
