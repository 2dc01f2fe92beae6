package com.inferplan.pricing.portfolio;

import java.util.Locale;

/** How figures read in explanations: whole dollars with thousands separators, shares in percent. */
final class Money {

    private Money() {
    }

    static String usdPerMonth(double usd) {
        return String.format(Locale.ROOT, "$%,.0f/month", usd);
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    static String megawatts(double mw) {
        return String.format(Locale.ROOT, "%.2f MW", mw);
    }
}
