package com.inferplan.pricing.catalog;

import com.inferplan.pricing.basis.ApiTokenPrice;

/** One provider's per-token price for a model; a null cached price means cached input is not discounted. */
public record ApiPrice(String modelId, String provider, String providerModel, double usdPerMillionInput,
                       Double usdPerMillionCachedInput, double usdPerMillionOutput, String checked, Source source,
                       String notes) {

    public ApiPrice {
        if (source == null) {
            throw new PricingDataException(modelId + " at " + provider, "needs a source");
        }
    }

    public ApiTokenPrice tokenPrice() {
        return new ApiTokenPrice(usdPerMillionInput,
                usdPerMillionCachedInput == null ? usdPerMillionInput : usdPerMillionCachedInput, usdPerMillionOutput);
    }
}
