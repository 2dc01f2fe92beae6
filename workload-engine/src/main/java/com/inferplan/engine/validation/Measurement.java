package com.inferplan.engine.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One measurements row: its line in the file and every column's text, in file order. */
public record Measurement(int line, Map<String, String> columns) {

    public Measurement {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    /** The trimmed value, or null when the column is absent or empty. */
    public String get(String column) {
        String v = columns.get(column);
        return v == null || v.isBlank() ? null : v.trim();
    }

    public String require(String column) {
        String v = get(column);
        if (v == null) {
            throw new MeasurementFormatException(line, column, "is required");
        }
        return v;
    }

    public Integer integer(String column) {
        String v = get(column);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new MeasurementFormatException(line, column, "'" + v + "' is not a whole number");
        }
    }

    public double number(String column) {
        String v = require(column);
        try {
            double d = Double.parseDouble(v);
            if (!(d > 0) || Double.isInfinite(d)) {
                throw new MeasurementFormatException(line, column, "'" + v + "' must be a positive finite number");
            }
            return d;
        } catch (NumberFormatException e) {
            throw new MeasurementFormatException(line, column, "'" + v + "' is not a number");
        }
    }
}
