package com.inferplan.pricing.tokens;

import com.inferplan.pricing.Require;
import com.inferplan.pricing.basis.ApiTokenPrice;
import com.inferplan.pricing.basis.HourlyBasis;

import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/** USD per million tokens of one option as a function of utilization, for break-even searches. */
public record CostCurve(String name, DoubleUnaryOperator usdPerMillionTokensAtUtilization) {

    public CostCurve {
        Require.text("name", name);
    }

    public static CostCurve hourly(String name, HourlyBasis basis, ChipThroughput throughput, WorkloadMix mix,
                                   TokenMetric metric) {
        return new CostCurve(name, u -> TokenCostModel.usdPerMillionTokens(basis, throughput, mix, u, metric));
    }

    /** A per-token price does not depend on how busy anyone's chips are. */
    public static CostCurve api(String name, ApiTokenPrice price, WorkloadMix mix, TokenMetric metric) {
        double value = TokenCostModel.of(price, mix).value(metric);
        return new CostCurve(name, u -> value);
    }

    public double usdPerMillionTokens(double utilization) {
        Require.utilization("utilization", utilization);
        return usdPerMillionTokensAtUtilization.applyAsDouble(utilization);
    }

    /**
     * This option held at one utilization, e.g. on-demand capacity scaled to demand (always fully
     * used) compared with an owned fleet whose utilization varies.
     */
    public CostCurve atFixedUtilization(double utilization) {
        double value = usdPerMillionTokens(utilization);
        return new CostCurve(String.format(Locale.ROOT, "%s at %.0f%% utilization", name, utilization * 100),
                u -> value);
    }
}
