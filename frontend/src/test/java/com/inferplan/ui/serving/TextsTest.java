package com.inferplan.ui.serving;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void numbersReadBackExactlyWithoutTrailingZeros() {
        assertThat(Texts.plain(4.0)).isEqualTo("4");
        assertThat(Texts.plain(0.175)).isEqualTo("0.175");
        assertThat(Texts.plain(2_000_000)).isEqualTo("2000000");
    }
}
