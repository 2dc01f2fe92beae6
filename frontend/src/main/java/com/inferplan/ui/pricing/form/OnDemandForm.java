package com.inferplan.ui.pricing.form;

import com.inferplan.pricing.basis.CostBasis;
import com.inferplan.pricing.basis.OnDemand;

/** A rental rate per chip-hour, billed for every provisioned hour. */
final class OnDemandForm extends KindForm {

    OnDemandForm() {
        add(numbers.parameter("usdPerChipHour", "USD per chip-hour", Rule.NON_NEGATIVE));
    }

    @Override
    public void show(CostBasis basis) {
        numbers.set("usdPerChipHour", ((OnDemand) basis).usdPerChipHour());
    }

    @Override
    public CostBasis build() {
        return new OnDemand(numbers.get("usdPerChipHour"));
    }
}
