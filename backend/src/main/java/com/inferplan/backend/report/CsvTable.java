package com.inferplan.backend.report;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as every export writes it: RFC 4180 quoting, CRLF line ends, numbers at full precision with a
 * dot decimal (a figure read back equals the answer's), empty cells for absent figures.
 */
public final class CsvTable {

    private final StringBuilder text = new StringBuilder();

    public CsvTable(List<String> header) {
        row(header);
    }

    public CsvTable row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(quote(cells.get(i)));
        }
        text.append("\r\n");
        return this;
    }

    public String text() {
        return text.toString();
    }

    public byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    /** Full precision, or an empty cell when the figure is absent. */
    public static String number(Double value) {
        return value == null ? "" : Double.toString(value);
    }

    public static String number(int value) {
        return Integer.toString(value);
    }

    static String quote(String cell) {
        if (cell == null) {
            return "";
        }
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }
}
