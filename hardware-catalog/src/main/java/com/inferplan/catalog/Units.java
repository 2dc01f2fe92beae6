package com.inferplan.catalog;

/** The unit strings figures use. All are base units (no tera/giga prefixes) so arithmetic needs no scaling. */
public final class Units {
    public static final String FLOP_PER_SECOND = "FLOP/s";
    /** Integer operations per second, for int8 peaks (vendors' TOPS). */
    public static final String OP_PER_SECOND = "OP/s";
    public static final String BYTES = "B";
    public static final String BYTES_PER_SECOND = "B/s";
    public static final String CHIPS = "chips";
    public static final String SECONDS = "s";
    public static final String WATTS = "W";

    private Units() {
    }

    /** The unit a dense or sparse peak in this precision must carry. */
    public static String peakUnit(Precision precision) {
        return precision == Precision.INT8 ? OP_PER_SECOND : FLOP_PER_SECOND;
    }
}
