package com.inferplan.backend.audit;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The audit trail as CSV (RFC 4180 quoting), one row per event, newest first. */
public final class AuditCsv {

    private static final String HEADER = "id,at,actor,action,entity,entity_id,entity_version,detail,before,after";

    private AuditCsv() {
    }

    public static String of(List<AuditEvent> events) {
        return Stream.concat(Stream.of(HEADER), events.stream().map(AuditCsv::row))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    private static String row(AuditEvent e) {
        return Stream.of(String.valueOf(e.id()), e.at().toString(), e.actor(), e.action(), e.entity(), e.entityId(),
                        e.entityVersion() == null ? "" : e.entityVersion().toString(), e.detail(),
                        e.before() == null ? "" : e.before().toString(), e.after() == null ? "" : e.after().toString())
                .map(AuditCsv::quoted).collect(Collectors.joining(","));
    }

    private static String quoted(String value) {
        if (value == null) {
            return "";
        }
        // A leading formula character would run as a formula when the file is opened in a spreadsheet.
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.matches("(?s).*[\",\r\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
