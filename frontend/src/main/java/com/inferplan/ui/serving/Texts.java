package com.inferplan.ui.serving;

import java.math.BigDecimal;

/** Numbers as URL parameters: the shortest text that reads back to the same value (4.0 → "4"). */
final class Texts {

    private Texts() {
    }

    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
