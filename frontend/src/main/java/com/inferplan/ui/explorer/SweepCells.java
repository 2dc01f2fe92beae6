package com.inferplan.ui.explorer;

import com.inferplan.backend.scenario.SloSweepRow;
import com.inferplan.backend.scenario.Wording;
import java.util.Locale;

/** One row of the example's TPOT sweep as table cells; a missing figure says why instead of a number. */
final class SweepCells {

    private SweepCells() {
    }

    static String row(SloSweepRow r) {
        String limit = "p" + r.percentile() + " ≤ " + String.format(Locale.ROOT, "%.0f ms", r.tpotMs());
        if (!r.fits()) {
            return "<tr><td>" + limit + "</td><td>" + ExamplePanel.escape(r.option())
                    + "</td><td colspan=\"4\">Does not fit: " + ExamplePanel.escape(r.verdict()) + "</td></tr>";
        }
        String cost = r.usdPerMillionTokens() == null ? "no price" : Wording.usd(r.usdPerMillionTokens()) + " ("
                + Wording.usd(r.usdP10()) + "–" + Wording.usd(r.usdP90()) + ")";
        return "<tr><td>" + limit + "</td><td>" + ExamplePanel.escape(r.option()) + "</td><td class=\"ip-num\">"
                + Wording.count(r.replicas()) + " (" + Wording.count(r.chips()) + ")</td><td class=\"ip-num\">" + cost
                + "</td><td class=\"ip-num\">" + Wording.rate(r.tokensPerSecondPerUser()) + "</td><td>"
                + (r.sloMet() ? "met" : "<strong>missed</strong>") + "<div class=\"ip-muted\">"
                + ExamplePanel.escape(r.verdict()) + "</div></td></tr>";
    }
}
