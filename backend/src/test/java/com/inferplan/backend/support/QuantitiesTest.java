package com.inferplan.backend.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuantitiesTest {

    @Test
    void scalesToTheLargestPrefixBelowOneThousand() {
        assertThat(Quantities.format(989.4e12, "FLOP/s")).isEqualTo("989.4 TFLOP/s");
        assertThat(Quantities.format(44e9, "B")).isEqualTo("44 GB");
        assertThat(Quantities.format(21e15, "B/s")).isEqualTo("21 PB/s");
        assertThat(Quantities.format(230e6, "B")).isEqualTo("230 MB");
    }

    @Test
    void secondsUseMillisecondsAndMicroseconds() {
        assertThat(Quantities.format(0.0125, "s")).isEqualTo("12.5 ms");
        assertThat(Quantities.format(2e-6, "s")).isEqualTo("2 µs");
    }

    @Test
    void nonFiniteValuesAreShownAsNotAvailable() {
        assertThat(Quantities.format(Double.NaN, "B")).isEqualTo("n/a");
        assertThat(Quantities.format(Double.POSITIVE_INFINITY, "W")).isEqualTo("n/a");
    }

    @Test
    void wattsAndChipsKeepTheirUnitUnscaled() {
        assertThat(Quantities.format(23000, "W")).isEqualTo("23,000 W");
        assertThat(Quantities.format(72, "chips")).isEqualTo("72 chips");
    }

    @Test
    void countsUseTheShortScale() {
        assertThat(Quantities.count(8.03e9)).isEqualTo("8.03 B");
        assertThat(Quantities.count(671e9)).isEqualTo("671 B");
        assertThat(Quantities.count(3.6e6)).isEqualTo("3.6 M");
    }
}
