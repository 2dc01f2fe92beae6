package com.inferplan.pricing.catalog;

import com.inferplan.pricing.basis.HourlyBasis;
import com.inferplan.pricing.explain.Provenance;
import com.inferplan.pricing.uncertainty.Distribution;

import java.util.List;
import java.util.Map;

/**
 * The default cost basis for a hardware id with why it was chosen, its sources, the status of each
 * parameter and the spread of the uncertain ones (ready for Monte Carlo).
 */
public record DefaultBasis(String hardwareId, HourlyBasis basis, String rationale, List<Source> sources,
                           Map<String, Provenance> parameterProvenance, Map<String, Distribution> uncertainty) {

    public DefaultBasis {
        sources = List.copyOf(sources);
        parameterProvenance = Map.copyOf(parameterProvenance);
        uncertainty = Map.copyOf(uncertainty);
    }
}
