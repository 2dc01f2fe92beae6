package com.inferplan.backend.pricing;

import com.inferplan.backend.support.InvalidInputException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Names any basis the app can price, as used in links and API calls: {@code saved:ID} (stored by
 * a person), {@code default:HARDWARE_ID} (the catalog's default basis) or {@code deal:TEMPLATE_ID}.
 */
public record BasisRef(Origin origin, String id) {

    public enum Origin {
        SAVED("saved"), BUILT_IN_DEFAULT("default"), DEAL_TEMPLATE("deal");

        private final String prefix;

        Origin(String prefix) {
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }
    }

    public static BasisRef saved(String id) {
        return new BasisRef(Origin.SAVED, id);
    }

    public static BasisRef parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon > 0) {
            String prefix = text.substring(0, colon);
            for (Origin origin : Origin.values()) {
                if (origin.prefix.equals(prefix) && colon + 1 < text.length()) {
                    return new BasisRef(origin, text.substring(colon + 1));
                }
            }
        }
        throw new InvalidInputException("basisRef", text, "must be " + Arrays.stream(Origin.values())
                .map(o -> o.prefix + ":ID").collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return origin.prefix + ":" + id;
    }
}
