package dev.revgraph.benchmarks;

/**
 * A speed goal of issue 7 and what one session measured against it: a ratio that must stay at most
 * {@code limit} (RevGraph's time over a floor's, a larger N's over a smaller one's), or at least
 * {@code limit} (a peer's time over RevGraph's). When both the cold and the warm ratio were measured
 * (W3), both are judged.
 *
 * @param description the goal in words, e.g. "within 1.5× of the JDBC floor"
 * @param limit the bound the ratio is judged against
 * @param atLeast whether the ratio must reach the limit rather than stay under it
 * @param measured the ratio measured, cold and warm ({@code NaN} where not measured)
 */
public record Goal(String description, double limit, boolean atLeast, Figure measured) {

    public static Goal atMost(String description, double limit, Figure measured) {
        return new Goal(description, limit, false, measured);
    }

    public static Goal atLeast(String description, double limit, Figure measured) {
        return new Goal(description, limit, true, measured);
    }

    /** Whether the session measured anything to judge. */
    public boolean isJudged() {
        return this.measured.isMeasured();
    }

    /** Whether every measured figure meets the goal. */
    public boolean isMet() {
        return meets(this.measured.cold()) && meets(this.measured.warm());
    }

    private boolean meets(double ratio) {
        return Double.isNaN(ratio) || (this.atLeast ? ratio >= this.limit : ratio <= this.limit);
    }

    /**
     * "met", "**missed**", with cold and warm judged apart "**missed cold**, met warm", or "not
     * measured".
     */
    public String verdict() {
        if (!isJudged()) {
            return "not measured";
        }
        double cold = this.measured.cold();
        double warm = this.measured.warm();
        if (Double.isNaN(cold) || Double.isNaN(warm) || meets(cold) == meets(warm)) {
            return isMet() ? "met" : "**missed**";
        }
        return meets(cold) ? "met cold, **missed warm**" : "**missed cold**, met warm";
    }
}
