package com.inferplan.backend.pricing;

import com.inferplan.pricing.catalog.Source;
import java.util.List;

/**
 * A basis the app can price, from any origin: a display name, the hardware it is for (may be null),
 * the spec, the sources behind built-in figures, and one sentence on where it comes from.
 */
public record PricedBasis(BasisRef ref, String name, String hardwareId, BasisSpec spec, List<Source> sources,
                          String note) {

    public PricedBasis {
        sources = List.copyOf(sources);
    }

    /** Short label of the kind of basis, e.g. "on-demand" or "partner deal". */
    public String kind() {
        return spec.basis().kind();
    }
}
