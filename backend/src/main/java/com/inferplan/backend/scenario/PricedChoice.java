package com.inferplan.backend.scenario;

import com.inferplan.pricing.basis.HourlyBasis;
import com.inferplan.pricing.catalog.Source;
import com.inferplan.pricing.explain.Provenance;
import com.inferplan.pricing.uncertainty.Distribution;
import java.util.List;
import java.util.Map;

/**
 * A candidate's cost choice made concrete: the hourly basis, which of its inputs are uncertain (for
 * Monte Carlo), the status of each input (reported, assumed, ...) and the sources behind it.
 * {@code termsChanged} says how terms a scenario carries differ from today's catalog (null: they do not).
 */
record PricedChoice(String label, HourlyBasis basis, Map<String, Distribution> uncertainty,
                    Map<String, Provenance> provenance, List<Source> sources, String note, String termsChanged) {

    PricedChoice(String label, HourlyBasis basis, Map<String, Distribution> uncertainty,
                 Map<String, Provenance> provenance, List<Source> sources, String note) {
        this(label, basis, uncertainty, provenance, sources, note, null);
    }

    PricedChoice {
        uncertainty = Map.copyOf(uncertainty);
        provenance = Map.copyOf(provenance);
        sources = List.copyOf(sources);
    }
}
