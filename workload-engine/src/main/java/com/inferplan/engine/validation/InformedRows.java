package com.inferplan.engine.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The row ids the efficiency file's {@code informedBy} entries name ("LX60 LX61", ranges "AL01-AL05"):
 * rows that informed a family or stack parameter, whichever file they sit in.
 */
public final class InformedRows {

    private static final Pattern ENTRY = Pattern.compile("\"informedBy\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern ID = Pattern.compile("\\b([A-Z]{2})(\\d{2})(?:-[A-Z]{2}(\\d{2}))?\\b");

    private InformedRows() {
    }

    public static Set<String> ofEfficiencyFile() {
        try (InputStream in = InformedRows.class.getClassLoader().getResourceAsStream("perf/efficiencies.json")) {
            return parse(new String(Objects.requireNonNull(in, "perf/efficiencies.json").readAllBytes(),
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> parse(String json) {
        Set<String> ids = new TreeSet<>();
        Matcher entry = ENTRY.matcher(json);
        while (entry.find()) {
            Matcher id = ID.matcher(entry.group(1));
            while (id.find()) {
                int from = Integer.parseInt(id.group(2));
                int to = id.group(3) == null ? from : Integer.parseInt(id.group(3));
                for (int n = from; n <= to; n++) {
                    ids.add(id.group(1) + String.format("%02d", n));
                }
            }
        }
        return ids;
    }
}
