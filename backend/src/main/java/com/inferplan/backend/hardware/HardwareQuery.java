package com.inferplan.backend.hardware;

import com.inferplan.catalog.Accelerator;
import com.inferplan.catalog.MemoryTierKind;
import java.util.Locale;

/** Catalog filter; null or blank parts match everything. */
public record HardwareQuery(String vendor, String kind, String memoryKind, String text) {

    public static final HardwareQuery ALL = new HardwareQuery(null, null, null, null);

    public boolean matches(Accelerator a) {
        return (blank(vendor) || a.vendor().equalsIgnoreCase(vendor))
                && (blank(kind) || a.kind().label().equalsIgnoreCase(kind))
                && (blank(memoryKind) || hasTier(a, memoryKind))
                && (blank(text) || (a.name() + " " + a.vendor() + " " + a.id()).toLowerCase(Locale.ROOT)
                        .contains(text.toLowerCase(Locale.ROOT)));
    }

    private static boolean hasTier(Accelerator a, String memoryKind) {
        MemoryTierKind wanted = MemoryTierKind.valueOf(memoryKind.toUpperCase(Locale.ROOT).replace('-', '_'));
        return a.tier(wanted).isPresent();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
