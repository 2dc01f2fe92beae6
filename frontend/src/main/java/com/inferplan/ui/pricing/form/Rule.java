package com.inferplan.ui.pricing.form;

import com.inferplan.pricing.PricingInputException;
import com.inferplan.pricing.Require;

/**
 * What a number in a cost form must be. Each rule runs the pricing library's own check, so a form
 * refuses exactly what the library would refuse, with the library's words.
 */
public enum Rule {
    NON_NEGATIVE, POSITIVE, FRACTION, UTILIZATION, PUE, WHOLE_YEARS, WHOLE_COUNT;

    /** Why {@code value} is refused, or null when it is acceptable. */
    public String reason(String field, double value) {
        try {
            check(field, value);
            return null;
        } catch (PricingInputException e) {
            return e.reason();
        }
    }

    private void check(String field, double value) {
        switch (this) {
            case NON_NEGATIVE -> Require.nonNegative(field, value);
            case POSITIVE -> Require.positive(field, value);
            case FRACTION -> Require.fraction(field, value);
            case UTILIZATION -> Require.utilization(field, value);
            case PUE -> Require.pue(field, value);
            case WHOLE_YEARS -> Require.termYears(field, whole(field, value));
            case WHOLE_COUNT -> Require.positive(field, whole(field, value));
        }
    }

    private static int whole(String field, double value) {
        if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
            throw new PricingInputException(field, value, "must be a whole number");
        }
        return (int) value;
    }
}
