package com.inferplan.backend.hardware;

import com.inferplan.backend.support.InvalidInputException;
import com.inferplan.catalog.Accelerator;
import com.inferplan.catalog.AcceleratorKind;
import com.inferplan.catalog.MemoryTierKind;
import java.util.Locale;

/**
 * Catalog filter; null or blank parts match everything, except that host CPUs (calibration references
 * for the performance model, not deployment options) are listed only when {@code kind} asks for cpu.
 */
public record HardwareQuery(String vendor, String kind, String memoryKind, String text) {

    public static final HardwareQuery ALL = new HardwareQuery(null, null, null, null);

    public boolean matches(Accelerator a) {
        return (blank(vendor) || a.vendor().equalsIgnoreCase(vendor))
                && (blank(kind) ? a.kind() != AcceleratorKind.CPU : a.kind().label().equalsIgnoreCase(kind))
                && (blank(memoryKind) || hasTier(a, memoryKind))
                && (blank(text) || (a.name() + " " + a.vendor() + " " + a.id()).toLowerCase(Locale.ROOT)
                        .contains(text.toLowerCase(Locale.ROOT)));
    }

    private static boolean hasTier(Accelerator a, String memoryKind) {
        String name = memoryKind.toUpperCase(Locale.ROOT).replace('-', '_');
        MemoryTierKind wanted = java.util.Arrays.stream(MemoryTierKind.values()).filter(k -> k.name().equals(name))
                .findFirst().orElseThrow(() -> new InvalidInputException("memory", memoryKind,
                        "must be one of on_chip_sram, hbm, dram, external_store"));
        return a.tier(wanted).isPresent();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
