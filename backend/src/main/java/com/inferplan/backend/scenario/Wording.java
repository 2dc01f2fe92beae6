package com.inferplan.backend.scenario;

import com.inferplan.backend.support.Quantities;
import java.util.Locale;

/** How the explorer words numbers for executives: whole tokens per second, cents, milliseconds. */
public final class Wording {

    private Wording() {
    }

    /** "$0.41", "$12.30", "$0.037", "$0.0042" (prices below 10 cents keep two significant digits). */
    public static String usd(double value) {
        if (!Double.isFinite(value)) {
            return "n/a";
        }
        if (value != 0 && Math.abs(value) < 0.1) {
            return "$" + String.format(Locale.ROOT, "%.2g", value);
        }
        return "$" + String.format(Locale.ROOT, "%,.2f", value);
    }

    /** "1,900" tokens per second: rounded to three significant digits above 1,000, whole below. */
    public static String rate(double value) {
        if (!Double.isFinite(value)) {
            return "n/a";
        }
        double rounded = value >= 1000 ? Math.round(value / Math.pow(10, Math.floor(Math.log10(value)) - 2))
                * Math.pow(10, Math.floor(Math.log10(value)) - 2) : Math.round(value);
        return String.format(Locale.ROOT, "%,.0f", rounded);
    }

    /** "640 ms", "1.24 s". */
    public static String ms(double milliseconds) {
        return Quantities.format(milliseconds / 1000, "s");
    }

    /** "1,250" units, "3.2 MW". */
    public static String count(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    /** "26 chips", "1 chip", "4 × CS-3 system": units of one chip read as chips, systems as a count of them. */
    public static String units(double count, String unitName) {
        if (FacilityUnit.CHIP.equals(unitName)) {
            return count(count) + (count == 1 ? " chip" : " chips");
        }
        return count(count) + " × " + unitName;
    }

    public static String megawatts(double value) {
        return Quantities.number(value) + " MW";
    }
}
