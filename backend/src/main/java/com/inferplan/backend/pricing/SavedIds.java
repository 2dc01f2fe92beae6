package com.inferplan.backend.pricing;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/** Readable ids for saved bases, made from their names so links say what they point at. */
final class SavedIds {

    private static final int MAX_LENGTH = 56;
    /** Paths under /api/v1/cost-bases that are not saved ids. */
    private static final Set<String> RESERVED = Set.of("defaults", "copy");

    private SavedIds() {
    }

    /** "H100 at Lambda (1-year)" → "h100-at-lambda-1-year", then "-2", "-3", ... while taken. */
    static String next(String name, Predicate<String> taken) {
        String slug = Normalizer.normalize(name, Normalizer.Form.NFD).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-$", "");
        }
        String base = slug.isEmpty() ? "basis" : slug;
        String id = base;
        for (int n = 2; RESERVED.contains(id) || taken.test(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
