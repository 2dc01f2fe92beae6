package com.inferplan.ui.portfolio;

import com.inferplan.backend.scenario.Wording;
import com.inferplan.backend.support.Quantities;

/**
 * How the portfolio view words its figures, all through the app's formatters (Quantities, Wording), so a
 * missing figure reads "—" and a non-finite one "n/a", never NaN or Infinity.
 */
final class PortfolioText {

    static final String NONE = "—";

    private PortfolioText() {
    }

    /** "$12.35 M/month", "$523,456/month": four significant digits are plenty for a fleet's bill. */
    static String usdPerMonth(double usd) {
        return usd(usd) + "/month";
    }

    /** "$12.35 M", "$4,210", "$0.42". */
    static String usd(double usd) {
        if (!Double.isFinite(usd)) {
            return "n/a";
        }
        return Math.abs(usd) >= 1e6 ? "$" + Quantities.count(usd) : Wording.usd(usd);
    }

    static String usdPerMillion(Double usd) {
        return usd == null ? NONE : Wording.usd(usd) + "/M tokens";
    }

    /** A share or utilization 0–1 as "42.5%". */
    static String percent(double fraction) {
        return Quantities.number(fraction * 100) + "%";
    }

    static String ms(Double milliseconds) {
        return milliseconds == null ? NONE : Wording.ms(milliseconds);
    }

    static String megawatts(Double mw) {
        return mw == null ? NONE : Wording.megawatts(mw);
    }

    static String tokensPerSecond(double rate) {
        return Wording.rate(rate) + " tokens/s";
    }
}
