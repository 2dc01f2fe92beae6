package com.inferplan.ui.serving;

import com.inferplan.backend.support.Quantities;

/** Wall times for people: seconds under a minute, minutes above (8.7 s, 2.29 min). */
final class Durations {

    private Durations() {
    }

    static String of(double seconds) {
        return seconds < 60 ? Quantities.number(seconds) + " s" : Quantities.number(seconds / 60) + " min";
    }

    /** A published range: "2–3 min", or one figure where low = high ("≈ 9 s"). */
    static String range(double lowSeconds, double highSeconds) {
        if (lowSeconds == highSeconds) {
            return "≈ " + of(lowSeconds);
        }
        return highSeconds < 60 ? Quantities.number(lowSeconds) + "–" + of(highSeconds)
                : Quantities.number(lowSeconds / 60) + "–" + of(highSeconds);
    }
}
