package com.inferplan.engine.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the measurements CSV (docs: measurements-format.md): RFC 4180 quoting, one header row,
 * columns in any order; every column, known or not, is kept in order for the output file.
 */
public final class MeasurementsCsv {

    private MeasurementsCsv() {
    }

    public static List<Measurement> read(Reader source) {
        List<List<String>> records = records(source);
        if (records.isEmpty()) {
            throw new MeasurementFormatException(0, "header", "the file is empty; expected a header row");
        }
        List<String> header = records.get(0);
        List<Measurement> rows = new ArrayList<>(records.size() - 1);
        for (int i = 1; i < records.size(); i++) {
            List<String> cells = records.get(i);
            if (cells.size() == 1 && cells.get(0).isBlank()) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                values.put(header.get(c).trim(), c < cells.size() ? cells.get(c).trim() : "");
            }
            rows.add(new Measurement(i + 1, values));
        }
        return rows;
    }

    /** Splits the text into records of fields, honouring quotes, doubled quotes and quoted newlines. */
    static List<List<String>> records(Reader source) {
        String text;
        try (BufferedReader in = new BufferedReader(source)) {
            StringBuilder all = new StringBuilder(1 << 16);
            char[] buffer = new char[1 << 16];
            int n;
            while ((n = in.read(buffer)) != -1) {
                all.append(buffer, 0, n);
            }
            text = all.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read measurements", e);
        }
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < length && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields);
                fields = new ArrayList<>();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(fields);
        }
        return records;
    }

    /** One CSV field, quoted when it holds a comma, quote or line break. */
    static String escape(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
