package com.inferplan.backend.support;


/** Query parameters read as text, so a value that is not a number is reported on its field like any other. */
public final class QueryValues {

    private QueryValues() {
    }

    public static double number(String field, String text) {
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the field name
        }
        throw new InvalidInputException(field, text, "must be a finite number");
    }

    public static int integer(String field, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, text, "must be a whole number");
        }
    }
}
