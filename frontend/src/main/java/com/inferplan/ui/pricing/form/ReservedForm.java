package com.inferplan.ui.pricing.form;

import com.inferplan.pricing.basis.CostBasis;
import com.inferplan.pricing.basis.Reserved;

/** A committed term at a discount to a list rate; a quoted reserved rate is a discount of 0. */
final class ReservedForm extends KindForm {

    ReservedForm() {
        add(numbers.add("termYears", "Term (years)", Rule.WHOLE_YEARS),
                numbers.parameter("listUsdPerChipHour", "List USD per chip-hour", Rule.NON_NEGATIVE),
                numbers.parameter("discountFraction", "Discount (fraction 0–1)", Rule.FRACTION));
    }

    @Override
    public void show(CostBasis basis) {
        Reserved r = (Reserved) basis;
        numbers.set("termYears", r.termYears());
        numbers.set("listUsdPerChipHour", r.listUsdPerChipHour());
        numbers.set("discountFraction", r.discountFraction());
    }

    @Override
    public CostBasis build() {
        return new Reserved(numbers.whole("termYears"), numbers.get("listUsdPerChipHour"),
                numbers.get("discountFraction"));
    }
}
