package com.inferplan.pricing.uncertainty;

import com.inferplan.pricing.PricingInputException;
import com.inferplan.pricing.Require;
import com.inferplan.pricing.param.ParameterValues;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Seeded Monte Carlo over a scenario: one Well19937c generator per run, inputs drawn in declaration
 * order each draw, so the same seed always gives the same results.
 */
public final class MonteCarlo {

    /** Redraws allowed for one truncated input before the run is refused. */
    private static final int MAX_REDRAWS = 10_000;

    private MonteCarlo() {
    }

    public static MonteCarloResult run(CostScenario scenario, int draws, long seed, int histogramBins) {
        Require.positive("draws", draws);
        Require.positive("histogramBins", histogramBins);
        List<ScenarioInput> inputs = scenario.inputs();
        RandomGenerator random = new Well19937c(seed);
        RealDistribution[] samplers = new RealDistribution[inputs.size()];
        Map<String, Integer> index = new HashMap<>();
        double[] values = new double[inputs.size()];
        for (int i = 0; i < inputs.size(); i++) {
            ScenarioInput input = inputs.get(i);
            index.put(input.name(), i);
            values[i] = input.value().base();
            samplers[i] = input.isUncertain() ? input.value().distribution().sampler(random) : null;
        }
        ParameterValues current = name -> {
            Integer i = index.get(name);
            if (i == null) {
                throw new PricingInputException(name, null, "not an input of this scenario");
            }
            return values[i];
        };
        double[] outputs = new double[draws];
        for (int d = 0; d < draws; d++) {
            for (int i = 0; i < samplers.length; i++) {
                if (samplers[i] != null) {
                    values[i] = drawInside(samplers[i], inputs.get(i));
                }
            }
            outputs[d] = evaluate(scenario, current, d);
        }
        return MonteCarloResult.of(scenario.outputName(), scenario.outputUnit(), seed, outputs, histogramBins,
                scenario.baseValue());
    }

    private static double drawInside(RealDistribution sampler, ScenarioInput input) {
        for (int attempt = 0; attempt < MAX_REDRAWS; attempt++) {
            double x = sampler.sample();
            if (input.bounds().contains(x)) {
                return x;
            }
        }
        throw new PricingInputException(input.name(), input.value().distribution(),
                "no draw fell inside " + input.bounds() + " after " + MAX_REDRAWS + " attempts");
    }

    private static double evaluate(CostScenario scenario, ParameterValues values, int draw) {
        try {
            return scenario.function().applyAsDouble(values);
        } catch (PricingInputException e) {
            // Inputs valid one by one can still clash (e.g. prepaid + financed > 1); say which draw.
            throw new PricingInputException(e.field(), e.value(), e.reason() + " (in Monte Carlo draw " + draw + ")");
        }
    }
}
