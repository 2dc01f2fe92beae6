package com.inferplan.backend.report;

import com.inferplan.backend.support.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The file kinds a scenario report comes in, with their media type and file extension. */
public enum ReportFormat {
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PDF("application/pdf"),
    CSV("text/csv;charset=UTF-8");

    private final String mediaType;

    ReportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws InvalidInputException naming {@code field} for anything but xlsx, pdf or csv */
    public static ReportFormat parse(String field, String text) {
        return Arrays.stream(values()).filter(f -> f.extension().equalsIgnoreCase(text)).findFirst()
                .orElseThrow(() -> new InvalidInputException(field, text, "must be one of "
                        + Arrays.stream(values()).map(ReportFormat::extension).collect(Collectors.joining(", "))));
    }
}
