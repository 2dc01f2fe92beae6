package com.inferplan.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The catalog as CSV, one row per figure, for {@code catalog --format csv} and spreadsheets. */
public final class CatalogCsv {
    static final String HEADER =
            "id,field,value,unit,status,source_title,source_url,source_date,derivation,note";

    private CatalogCsv() {
    }

    public static String write(List<Accelerator> accelerators) {
        Stream<String> rows = accelerators.stream()
                .flatMap(a -> a.figures().stream().map(f -> row(a.id(), f)));
        return Stream.concat(Stream.of(HEADER), rows).collect(Collectors.joining("\n", "", "\n"));
    }

    private static String row(String id, FieldFigure fieldFigure) {
        Figure f = fieldFigure.figure();
        Source s = f.source();
        return String.join(",",
                quote(id), quote(fieldFigure.field()), plain(f.value()), quote(f.unit()),
                quote(f.status() == null ? null : f.status().name()),
                quote(s == null ? null : s.title()), quote(s == null ? null : s.url()),
                quote(s == null ? null : s.date()), quote(f.derivation()), quote(f.note()));
    }

    /** Plain decimal notation (989400000000000, not 9.894E14) so spreadsheets keep every digit. */
    private static String plain(double value) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
                : String.valueOf(value);
    }

    /** RFC 4180: quote fields holding a comma, quote or line break; double embedded quotes. */
    private static String quote(String text) {
        if (text == null) {
            return "";
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
