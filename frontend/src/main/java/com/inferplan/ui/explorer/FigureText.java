package com.inferplan.ui.explorer;

import com.inferplan.backend.scenario.Figure;
import com.inferplan.backend.scenario.Wording;
import com.inferplan.backend.support.Quantities;
import java.util.Locale;

/** How a figure's value reads on a card or in an explanation, by its unit. */
final class FigureText {

    private FigureText() {
    }

    static String of(Figure figure) {
        return value(figure.value(), figure.unit());
    }

    static String value(double value, String unit) {
        return switch (unit) {
            case "ms" -> Wording.ms(value);
            case "s" -> Quantities.format(value, "s");
            case "tokens/s" -> Wording.rate(value) + " tokens/s";
            case "USD/M tokens" -> Wording.usd(value) + "/M tokens";
            case "USD/chip-hour" -> Wording.usd(value) + "/chip-hour";
            case "MW" -> Wording.megawatts(value);
            case "min" -> Quantities.number(value) + " min";
            case "of SLO capacity", "fraction" -> Math.round(value * 1000) / 10.0 + "%";
            default -> number(value) + " " + unit;
        };
    }

    /** Small values keep three significant digits (0.00229 USD per request, not 0.002). */
    private static String number(double value) {
        return value != 0 && Math.abs(value) < 0.1 ? String.format(Locale.ROOT, "%.3g", value)
                : Quantities.number(value);
    }
}
