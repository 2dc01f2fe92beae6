package com.inferplan.ui.pricing.form;

import com.inferplan.pricing.basis.ApiTokenPrice;
import com.inferplan.pricing.basis.CostBasis;

/** A provider's per-token price; cached input at the input price when there is no cache discount. */
final class ApiPriceForm extends KindForm {

    ApiPriceForm() {
        add(numbers.add("usdPerMillionInput", "USD per M input tokens", Rule.NON_NEGATIVE),
                numbers.add("usdPerMillionCachedInput", "USD per M cached input tokens", Rule.NON_NEGATIVE),
                numbers.add("usdPerMillionOutput", "USD per M output tokens", Rule.NON_NEGATIVE));
    }

    @Override
    public void show(CostBasis basis) {
        ApiTokenPrice p = (ApiTokenPrice) basis;
        numbers.set("usdPerMillionInput", p.usdPerMillionInput());
        numbers.set("usdPerMillionCachedInput", p.usdPerMillionCachedInput());
        numbers.set("usdPerMillionOutput", p.usdPerMillionOutput());
    }

    @Override
    public CostBasis build() {
        return new ApiTokenPrice(numbers.get("usdPerMillionInput"), numbers.get("usdPerMillionCachedInput"),
                numbers.get("usdPerMillionOutput"));
    }
}
