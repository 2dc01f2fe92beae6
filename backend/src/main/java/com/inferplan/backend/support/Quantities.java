package com.inferplan.backend.support;

import java.util.Locale;

/**
 * Formats SI values for people: 989.4e12 FLOP/s → "989.4 TFLOP/s", 44e9 B → "44 GB". Never prints
 * NaN or Infinity: a non-finite value is shown as "n/a".
 */
public final class Quantities {

    private static final String[] PREFIXES = {"", "k", "M", "G", "T", "P", "E"};

    private Quantities() {
    }

    public static String format(double value, String unit) {
        if (!Double.isFinite(value)) {
            return "n/a";
        }
        return switch (unit) {
            case "s" -> seconds(value);
            case "chips", "W" -> number(value) + " " + unit;
            default -> prefixed(value, unit);
        };
    }

    /** A parameter or token count in the usual short scale: 8.03e9 → "8.03 B", 3.6e6 → "3.6 M". */
    public static String count(double value) {
        if (!Double.isFinite(value)) {
            return "n/a";
        }
        double abs = Math.abs(value);
        if (abs >= 1e12) {
            return number(value / 1e12) + " T";
        }
        if (abs >= 1e9) {
            return number(value / 1e9) + " B";
        }
        if (abs >= 1e6) {
            return number(value / 1e6) + " M";
        }
        return number(value);
    }

    private static String prefixed(double value, String unit) {
        int power = 0;
        double scaled = Math.abs(value);
        while (scaled >= 1000 && power < PREFIXES.length - 1) {
            scaled /= 1000;
            power++;
        }
        return number(Math.signum(value) * scaled) + " " + PREFIXES[power] + unit;
    }

    private static String seconds(double value) {
        if (value >= 1) {
            return number(value) + " s";
        }
        if (value >= 1e-3) {
            return number(value * 1e3) + " ms";
        }
        if (value >= 1e-6) {
            return number(value * 1e6) + " µs";
        }
        return number(value * 1e9) + " ns";
    }

    /** Up to four significant digits, no trailing zeros: 989.4, 44, 0.3125 → 0.3125, 1.234 → 1.234. */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            return "n/a";
        }
        double abs = Math.abs(value);
        int decimals = abs >= 1000 ? 0 : abs >= 100 ? 1 : abs >= 10 ? 2 : 3;
        String text = String.format(Locale.ROOT, "%,." + decimals + "f", value);
        if (text.contains(".")) {
            text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return text;
    }
}
