package com.inferplan.backend.report;

import com.inferplan.backend.support.InvalidInputException;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Paper sizes of the board pack: A4 (the default) or US Letter. */
public enum Paper {
    A4(PDRectangle.A4), LETTER(PDRectangle.LETTER);

    private final PDRectangle size;

    Paper(PDRectangle size) {
        this.size = size;
    }

    PDRectangle size() {
        return size;
    }

    /** Null or blank is A4. @throws InvalidInputException naming {@code field} otherwise */
    public static Paper parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return A4;
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, text, "must be a4 or letter");
        }
    }
}
