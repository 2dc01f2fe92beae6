package com.inferplan.ui.pricing.form;

import com.inferplan.pricing.basis.CostBasis;
import com.inferplan.pricing.basis.OnDemand;
import com.inferplan.pricing.basis.Owned;
import com.inferplan.pricing.basis.PartnerDeal;
import com.inferplan.pricing.basis.Reserved;
import java.util.function.Supplier;

/** The kinds of cost basis a person can enter, each with its form. */
public enum BasisKind {
    ON_DEMAND("On-demand rental", OnDemandForm::new),
    RESERVED("Reserved / committed term", ReservedForm::new),
    OWNED("Owned hardware", OwnedForm::new),
    PARTNER_DEAL("Partner deal (take-or-pay)", PartnerDealForm::new),
    API_PRICE("Per-token API price", ApiPriceForm::new);

    private final String label;
    private final Supplier<KindForm> form;

    BasisKind(String label, Supplier<KindForm> form) {
        this.label = label;
        this.form = form;
    }

    public String label() {
        return label;
    }

    public KindForm newForm() {
        return form.get();
    }

    public static BasisKind of(CostBasis basis) {
        if (basis instanceof OnDemand) {
            return ON_DEMAND;
        }
        if (basis instanceof Reserved) {
            return RESERVED;
        }
        if (basis instanceof Owned) {
            return OWNED;
        }
        return basis instanceof PartnerDeal ? PARTNER_DEAL : API_PRICE;
    }
}
