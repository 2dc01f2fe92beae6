package com.inferplan.ui.hardware;

import com.inferplan.catalog.AcceleratorKind;
import java.util.Locale;
import java.util.Map;

/** Human labels for the catalog's field paths, e.g. {@code memoryTiers.hbm.capacityBytes} → "HBM capacity". */
final class FieldLabels {

    private static final Map<String, String> TIERS = Map.of(
            "on_chip_sram", "On-chip SRAM", "hbm", "HBM", "dram", "DRAM", "external_store", "External store");
    private static final Map<String, String> LEAVES = Map.of(
            "capacityBytes", "capacity", "bandwidthBytesPerSecond", "bandwidth",
            "domainChips", "domain size", "hopLatencySeconds", "latency per step");
    private static final Map<String, String> TOP = Map.of(
            "scaleOutBytesPerSecond", "Scale-out bandwidth per chip",
            "chipPowerWatts", "Chip power",
            "systemPowerPerChipWatts", "System power per chip");

    private FieldLabels() {
    }

    /** A kind as people write it ("ASIC accelerator", "Wafer-scale engine"), not its data-file id. */
    static String kind(AcceleratorKind kind) {
        return switch (kind) {
            case GPU, TPU, LPU, RDU, CPU -> kind.name();
            case WAFER_SCALE -> "Wafer-scale engine";
            case ASIC_ACCELERATOR -> "ASIC accelerator";
        };
    }

    /** The kind filter's value is the data-file id (it goes into the link); its label is the kind's name. */
    static String kind(String id) {
        return kind(AcceleratorKind.parse(id));
    }

    /** A memory tier's name, e.g. {@code on_chip_sram} → "On-chip SRAM". */
    static String tier(String id) {
        return TIERS.getOrDefault(id, id);
    }

    static String label(String field) {
        String[] parts = field.split("\\.");
        return switch (parts[0]) {
            case "denseFlopsPerSecond" -> "Dense " + parts[1].toUpperCase(Locale.ROOT) + " peak";
            case "sparseFlopsPerSecond" -> "Sparse " + parts[1].toUpperCase(Locale.ROOT) + " peak (reference only)";
            case "memoryTiers" -> TIERS.getOrDefault(parts[1], parts[1]) + " " + LEAVES.getOrDefault(parts[2], parts[2]);
            case "scaleUp" -> "Scale-up " + LEAVES.getOrDefault(parts[1], "bandwidth per chip (per direction)");
            default -> TOP.getOrDefault(field, field);
        };
    }
}
