package com.inferplan.pricing.basis;

import com.inferplan.pricing.PricingInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SimpleBasesTest {

    @Test
    void negativeOnDemandPriceIsRefused() {
        assertThatThrownBy(() -> new OnDemand(-1.0))
                .isInstanceOf(PricingInputException.class)
                .hasMessage("pricing input 'usdPerChipHour' = -1.0 is invalid: must not be negative")
                .satisfies(e -> assertThat(((PricingInputException) e).field()).isEqualTo("usdPerChipHour"));
    }

    @Test
    void onDemandRateDoesNotDependOnUtilization() {
        assertThat(new OnDemand(2.0).usdPerChipHourPaid(0.3).value()).isEqualTo(2.0);
    }

    @Test
    void reservedDiscountMatchesGoogleTrilliumOneYearCommitment() {
        // TPU v6e: 2.70 on demand, 30% off for 1 year → 1.89 (Google's published 1-year rate)
        var reserved = Reserved.discountedFromOnDemand(1, 2.70, 0.30);
        assertThat(reserved.usdPerChipHourPaid(1.0).value()).isCloseTo(1.89, within(1e-9));
    }

    @Test
    void reservedTermOfZeroYearsIsRefused() {
        assertThatThrownBy(() -> Reserved.atRate(0, 1.89))
                .isInstanceOf(PricingInputException.class)
                .hasMessage("pricing input 'termYears' = 0 is invalid: term must be at least 1 year");
    }

    @Test
    void negativeApiPriceIsRefused() {
        assertThatThrownBy(() -> new ApiTokenPrice(0.1, 0.05, -0.6))
                .isInstanceOf(PricingInputException.class)
                .hasMessageContaining("'usdPerMillionOutput' = -0.6");
    }
}
