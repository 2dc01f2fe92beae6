package com.inferplan.catalog;

/** How much trust a figure deserves. */
public enum FigureStatus {
    /** Stated by the chip's vendor (datasheet, official documentation, launch material). */
    VENDOR_PUBLISHED,
    /** Stated by someone else (press, analysts, benchmarks, cloud operators). */
    THIRD_PARTY,
    /** Computed, estimated or measured by us; the figure carries its derivation. */
    DERIVED,
    /** Entered by a user of this installation for a custom chip; nobody here has checked it against its source. */
    USER_SUPPLIED
}
