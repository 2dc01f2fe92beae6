package com.inferplan.backend.pricing;

import com.inferplan.backend.support.InvalidInputException;
import com.inferplan.pricing.PricingInputException;
import java.util.function.Supplier;

/** Turns the pricing library's input errors into the app's field problems (HTTP 400, form messages). */
public final class PricingErrors {

    private PricingErrors() {
    }

    /** The library's field, placed under {@code prefix} (the part of the request it came from) when one is given. */
    public static InvalidInputException invalid(PricingInputException e, String prefix) {
        String field = prefix.isEmpty() || e.field().equals(prefix) ? e.field() : prefix + "." + e.field();
        return new InvalidInputException(field, e.value(), e.reason());
    }

    /** Runs a library call and reports its input errors as fields under {@code prefix}. */
    public static <T> T fieldsUnder(String prefix, Supplier<T> call) {
        try {
            return call.get();
        } catch (PricingInputException e) {
            throw invalid(e, prefix);
        }
    }
}
