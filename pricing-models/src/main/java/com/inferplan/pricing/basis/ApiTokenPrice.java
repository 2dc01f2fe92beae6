package com.inferplan.pricing.basis;

import com.inferplan.pricing.Require;

/** A provider's per-token price, in USD per million tokens. */
public record ApiTokenPrice(double usdPerMillionInput, double usdPerMillionCachedInput, double usdPerMillionOutput)
        implements CostBasis {

    public ApiTokenPrice {
        Require.nonNegative("usdPerMillionInput", usdPerMillionInput);
        Require.nonNegative("usdPerMillionCachedInput", usdPerMillionCachedInput);
        Require.nonNegative("usdPerMillionOutput", usdPerMillionOutput);
    }

    /** A provider without a cached-input discount charges cached input at the input price. */
    public static ApiTokenPrice withoutCacheDiscount(double usdPerMillionInput, double usdPerMillionOutput) {
        return new ApiTokenPrice(usdPerMillionInput, usdPerMillionInput, usdPerMillionOutput);
    }

    @Override
    public String kind() {
        return "per-token API";
    }
}
