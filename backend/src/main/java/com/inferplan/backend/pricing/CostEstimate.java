package com.inferplan.backend.pricing;

import com.inferplan.pricing.explain.Explained;
import com.inferplan.pricing.tokens.TokenCost;
import com.inferplan.pricing.uncertainty.Distribution;
import com.inferplan.pricing.uncertainty.MonteCarloResult;
import com.inferplan.pricing.uncertainty.TornadoChart;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cost per million tokens of one basis under shared serving inputs. {@code usdPerChipHour} is absent
 * for a per-token API price; {@code spread} and {@code tornado} are absent when no input is uncertain.
 * {@code notes} say how the figures were computed where a reader might assume otherwise.
 */
public record CostEstimate(BasisSpec spec, ServingInputs serving, TokenCost cost, Optional<Explained> usdPerChipHour,
                           Optional<MonteCarloResult> spread, Optional<TornadoChart> tornado, List<String> notes) {

    public CostEstimate {
        notes = List.copyOf(notes);
    }

    public Map<String, Distribution> uncertainty() {
        return spec.uncertainty();
    }

    public double usdPerMillionOutputTokens() {
        return cost.usdPerMillionOutputTokens().value();
    }

    /** P10 of output cost, or the single value when nothing is uncertain. */
    public double p10() {
        return spread.map(MonteCarloResult::p10).orElse(usdPerMillionOutputTokens());
    }

    public double p50() {
        return spread.map(MonteCarloResult::p50).orElse(usdPerMillionOutputTokens());
    }

    public double p90() {
        return spread.map(MonteCarloResult::p90).orElse(usdPerMillionOutputTokens());
    }
}
