package com.inferplan.pricing.explain;

/** A labelled remark attached to a result, e.g. that take-or-pay is binding or that a value is derived. */
public record CostFlag(Kind kind, String message) {

    public enum Kind {
        /** The result is computed from reported figures rather than stated by any source. */
        DERIVED_VALUE,
        /** Less committed capacity is used than is paid for; cost per used token is raised. */
        TAKE_OR_PAY_BINDING
    }

    public CostFlag {
        if (kind == null || message == null || message.isBlank()) {
            throw new IllegalArgumentException("a flag needs a kind and a message");
        }
    }
}
