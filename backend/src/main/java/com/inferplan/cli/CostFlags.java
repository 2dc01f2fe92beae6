package com.inferplan.cli;

import com.inferplan.pricing.PricingInputException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs a pricing call for {@code cost} and reports a refused input as the flag a person typed:
 * the library's field {@code usdPerChipHour} is the flag {@code --usd-per-chip-hour}.
 */
final class CostFlags {

    private static final Map<String, String> FLAG_BY_FIELD = Map.of("dealId", "deal", "hardwareId", "hardware");

    private CostFlags() {
    }

    static <T> T check(Supplier<T> call) {
        try {
            return call.get();
        } catch (PricingInputException e) {
            throw new UsageException("--" + flagOf(e.field()) + " '" + e.value() + "' is invalid: " + e.reason());
        }
    }

    static String flagOf(String field) {
        String kebab = field.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        return FLAG_BY_FIELD.getOrDefault(field, kebab);
    }
}
