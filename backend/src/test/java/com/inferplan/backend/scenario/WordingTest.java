package com.inferplan.backend.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordingTest {

    @Test
    void pricesShowCentsAndSmallPricesTwoSignificantDigits() {
        assertThat(Wording.usd(0.4123)).isEqualTo("$0.41");
        assertThat(Wording.usd(12.3)).isEqualTo("$12.30");
        assertThat(Wording.usd(0.03712)).isEqualTo("$0.037");
        assertThat(Wording.usd(0.004213)).isEqualTo("$0.0042");
        assertThat(Wording.usd(Double.NaN)).isEqualTo("n/a");
    }

    @Test
    void ratesAreWholeBelowAThousandAndThreeSignificantDigitsAbove() {
        assertThat(Wording.rate(77.6)).isEqualTo("78");
        assertThat(Wording.rate(1239.4)).isEqualTo("1,240");
        assertThat(Wording.rate(134_761)).isEqualTo("135,000");
    }

    @Test
    void chipsAreCountedAsChipsAndSystemsAsACountOfThem() {
        assertThat(Wording.units(26, "chip")).isEqualTo("26 chips");
        assertThat(Wording.units(1, "chip")).isEqualTo("1 chip");
        assertThat(Wording.units(4, "CS-3 system")).isEqualTo("4 × CS-3 system");
    }
}
