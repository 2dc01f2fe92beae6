package com.inferplan.catalog;

import java.util.List;
import java.util.Map;

/** Checks the dense and sparse peak tables and the physical ordering between precisions. */
final class PeakRules {
    /** (slower, faster): a narrower format never has a lower dense peak than a wider one. */
    private static final List<Precision[]> ORDERING = List.of(
            new Precision[] {Precision.FP32, Precision.TF32},
            new Precision[] {Precision.FP32, Precision.BF16},
            new Precision[] {Precision.BF16, Precision.FP8},
            new Precision[] {Precision.FP8, Precision.FP4},
            new Precision[] {Precision.FP8, Precision.MXFP4},
            new Precision[] {Precision.FP8, Precision.NVFP4});

    private PeakRules() {
    }

    static void check(Accelerator a, ErrorReport report, FigureRules figures) {
        if (a.denseFlopsPerSecond().isEmpty()) {
            report.add("denseFlopsPerSecond", "no dense peak recorded for any precision");
        }
        checkTable("denseFlopsPerSecond", a.denseFlopsPerSecond(), report, figures);
        checkTable("sparseFlopsPerSecond", a.sparseFlopsPerSecond(), report, figures);
        a.sparseFlopsPerSecond().forEach((precision, sparse) -> {
            Figure dense = a.denseFlopsPerSecond().get(precision);
            if (dense != null && sparse != null && dense.value() > sparse.value()) {
                report.add("denseFlopsPerSecond." + precision.label(), "dense " + dense.value()
                        + " exceeds the recorded sparse " + sparse.value() + "; a sparse figure was likely entered as dense");
            }
        });
        for (Precision[] pair : ORDERING) {
            Figure wide = a.denseFlopsPerSecond().get(pair[0]);
            Figure narrow = a.denseFlopsPerSecond().get(pair[1]);
            if (wide != null && narrow != null && narrow.value() < wide.value()) {
                report.add("denseFlopsPerSecond." + pair[1].label(), pair[1].label() + " peak " + narrow.value()
                        + " is below the " + pair[0].label() + " peak " + wide.value());
            }
        }
    }

    private static void checkTable(String field, Map<Precision, Figure> peaks, ErrorReport report,
                                   FigureRules figures) {
        peaks.forEach((precision, figure) -> {
            String path = field + "." + precision.label();
            if (precision != precision.fallbackChain().get(0)) {
                report.add(path, precision.label() + " is looked up under "
                        + precision.fallbackChain().get(0).label() + "; record it there");
            }
            figures.required(path, figure, Units.peakUnit(precision), PlausibleRange.PEAK_OPS);
        });
    }
}
