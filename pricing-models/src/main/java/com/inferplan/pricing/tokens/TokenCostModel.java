package com.inferplan.pricing.tokens;

import com.inferplan.pricing.Require;
import com.inferplan.pricing.basis.ApiTokenPrice;
import com.inferplan.pricing.basis.CostBasis;
import com.inferplan.pricing.basis.HourlyBasis;
import com.inferplan.pricing.explain.CostFlag;
import com.inferplan.pricing.explain.Explained;
import com.inferplan.pricing.explain.FormulaInput;

import java.util.List;

/** Cost per million tokens from a cost basis (decision 0303). */
public final class TokenCostModel {

    private static final double MILLION = 1e6;
    private static final double SECONDS_PER_HOUR = 3600;

    private TokenCostModel() {
    }

    /**
     * All chip time charged to output tokens: usdPerChipHour / (3600 · outputTokensPerSecond ·
     * utilization) · 1e6. The headline figure when no input/output split is wanted.
     */
    public static Explained usdPerMillionOutputTokens(Explained usdPerChipHour, double outputTokensPerSecond,
                                                      double utilization) {
        Require.positive("outputTokensPerSecond", outputTokensPerSecond);
        Require.utilization("utilization", utilization);
        double value = usdPerChipHour.value() / (SECONDS_PER_HOUR * outputTokensPerSecond * utilization) * MILLION;
        return carryFlags(usdPerChipHour, Explained.of("usdPerMillionOutputTokens", value, "USD/M tokens",
                "usdPerMillionOutputTokens = usdPerChipHour / (3600 · outputTokensPerSecond · utilization) · 1e6",
                List.of(FormulaInput.derived(usdPerChipHour),
                        FormulaInput.of("outputTokensPerSecond", outputTokensPerSecond, "tokens/s/chip"),
                        FormulaInput.of("utilization", utilization, "fraction"))));
    }

    /** Dispatches on the kind of basis; {@code serving} is unused for a per-token API price. */
    public static TokenCost of(CostBasis basis, ServingAssumptions serving) {
        if (basis instanceof ApiTokenPrice api) {
            return of(api, serving.mix());
        }
        return of((HourlyBasis) basis, serving.throughput(), serving.mix(), serving.utilization());
    }

    /**
     * One figure of {@link #of(HourlyBasis, ChipThroughput, WorkloadMix, double)} without its
     * explanation, for Monte Carlo and break-even loops; the same helper functions compute both.
     */
    public static double usdPerMillionTokens(HourlyBasis basis, ChipThroughput throughput, WorkloadMix mix,
                                             double utilization, TokenMetric metric) {
        double perRequest = usdPerRequest(basis.usdPerChipHour(utilization), utilization,
                throughput.chipSecondsPerRequest(mix));
        return switch (metric) {
            case INPUT -> inputPerMillion(perRequest, throughput.prefillShare(mix), mix);
            case OUTPUT -> outputPerMillion(perRequest, throughput.prefillShare(mix), mix);
            case BLENDED -> blendedPerMillion(perRequest, mix);
        };
    }

    /** Input tokens pay for the prefill share of chip time, output tokens for the rest. */
    public static TokenCost of(HourlyBasis basis, ChipThroughput throughput, WorkloadMix mix, double utilization) {
        Explained perChipHour = basis.usdPerChipHourPaid(utilization);
        double chipSeconds = throughput.chipSecondsPerRequest(mix);
        double prefillShare = throughput.prefillShare(mix);
        Explained perRequest = carryFlags(perChipHour, Explained.of("usdPerRequest",
                usdPerRequest(perChipHour.value(), utilization, chipSeconds), "USD/request",
                "usdPerRequest = usdPerChipHour / utilization · chipSecondsPerRequest / 3600",
                List.of(FormulaInput.derived(perChipHour), FormulaInput.of("utilization", utilization, "fraction"),
                        FormulaInput.of("chipSecondsPerRequest", chipSeconds, "chip-s"))));
        FormulaInput request = FormulaInput.derived(perRequest);
        FormulaInput share = FormulaInput.of("prefillShare", prefillShare, "fraction of chip time");
        FormulaInput inputTokens = FormulaInput.of("inputTokensPerRequest", mix.inputTokensPerRequest(), "tokens");
        FormulaInput outputTokens = FormulaInput.of("outputTokensPerRequest", mix.outputTokensPerRequest(), "tokens");
        return new TokenCost(
                carryFlags(perRequest, Explained.of("usdPerMillionInputTokens",
                        inputPerMillion(perRequest.value(), prefillShare, mix), "USD/M tokens",
                        "usdPerMillionInputTokens = usdPerRequest · prefillShare / inputTokensPerRequest · 1e6",
                        List.of(request, share, inputTokens))),
                carryFlags(perRequest, Explained.of("usdPerMillionOutputTokens",
                        outputPerMillion(perRequest.value(), prefillShare, mix), "USD/M tokens",
                        "usdPerMillionOutputTokens = usdPerRequest · (1 − prefillShare) / outputTokensPerRequest · 1e6",
                        List.of(request, share, outputTokens))),
                carryFlags(perRequest, Explained.of("usdPerMillionBlendedTokens",
                        blendedPerMillion(perRequest.value(), mix), "USD/M tokens",
                        "usdPerMillionBlendedTokens = usdPerRequest / (inputTokensPerRequest + outputTokensPerRequest)"
                                + " · 1e6",
                        List.of(request, inputTokens, outputTokens))),
                mix);
    }

    /** Per-token API bill; cached input is charged at the cached price. */
    public static TokenCost of(ApiTokenPrice price, WorkloadMix mix) {
        double input = price.usdPerMillionInput() * (1 - mix.cachedInputFraction())
                + price.usdPerMillionCachedInput() * mix.cachedInputFraction();
        Explained inputCost = Explained.of("usdPerMillionInputTokens", input, "USD/M tokens",
                "usdPerMillionInputTokens = usdPerMillionInput · (1 − cachedInputFraction)"
                        + " + usdPerMillionCachedInput · cachedInputFraction",
                List.of(FormulaInput.of("usdPerMillionInput", price.usdPerMillionInput(), "USD/M tokens"),
                        FormulaInput.of("usdPerMillionCachedInput", price.usdPerMillionCachedInput(), "USD/M tokens"),
                        FormulaInput.of("cachedInputFraction", mix.cachedInputFraction(), "fraction")));
        Explained outputCost = Explained.of("usdPerMillionOutputTokens", price.usdPerMillionOutput(), "USD/M tokens",
                "usdPerMillionOutputTokens = usdPerMillionOutput",
                List.of(FormulaInput.of("usdPerMillionOutput", price.usdPerMillionOutput(), "USD/M tokens")));
        double blended = (mix.inputTokensPerRequest() * input + mix.outputTokensPerRequest() * price.usdPerMillionOutput())
                / mix.tokensPerRequest();
        Explained blendedCost = Explained.of("usdPerMillionBlendedTokens", blended, "USD/M tokens",
                "usdPerMillionBlendedTokens = (inputTokensPerRequest · usdPerMillionInputTokens"
                        + " + outputTokensPerRequest · usdPerMillionOutputTokens)"
                        + " / (inputTokensPerRequest + outputTokensPerRequest)",
                List.of(FormulaInput.derived(inputCost), FormulaInput.derived(outputCost),
                        FormulaInput.of("inputTokensPerRequest", mix.inputTokensPerRequest(), "tokens"),
                        FormulaInput.of("outputTokensPerRequest", mix.outputTokensPerRequest(), "tokens")));
        return new TokenCost(inputCost, outputCost, blendedCost, mix);
    }

    private static double usdPerRequest(double usdPerChipHour, double utilization, double chipSecondsPerRequest) {
        return usdPerChipHour / utilization * chipSecondsPerRequest / SECONDS_PER_HOUR;
    }

    private static double inputPerMillion(double usdPerRequest, double prefillShare, WorkloadMix mix) {
        return usdPerRequest * prefillShare / mix.inputTokensPerRequest() * MILLION;
    }

    private static double outputPerMillion(double usdPerRequest, double prefillShare, WorkloadMix mix) {
        return usdPerRequest * (1 - prefillShare) / mix.outputTokensPerRequest() * MILLION;
    }

    private static double blendedPerMillion(double usdPerRequest, WorkloadMix mix) {
        return usdPerRequest / mix.tokensPerRequest() * MILLION;
    }

    /** Flags such as "take-or-pay binding" must stay visible on every figure computed from a rate. */
    private static Explained carryFlags(Explained from, Explained to) {
        Explained result = to;
        for (CostFlag flag : from.flags()) {
            result = result.withFlag(flag);
        }
        return result;
    }
}
