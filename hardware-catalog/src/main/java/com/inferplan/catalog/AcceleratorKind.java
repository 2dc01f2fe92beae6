package com.inferplan.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Broad architecture class; the performance model picks efficiency defaults by it. */
public enum AcceleratorKind {
    GPU, TPU, WAFER_SCALE, LPU, RDU, ASIC_ACCELERATOR, CPU;

    /** The lower-case, hyphenated name used in data files and the CLI, e.g. {@code wafer-scale}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static AcceleratorKind parse(String text) {
        for (AcceleratorKind kind : values()) {
            if (kind.label().equals(text) || kind.name().equals(text)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown accelerator kind '" + text + "'; expected one of "
                + Arrays.stream(values()).map(AcceleratorKind::label).collect(Collectors.joining(", ")));
    }
}
