package com.inferplan.backend.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How a candidate's chips are paid for: the pricing catalog's default basis for the hardware, a
 * partner-deal template, or an on-demand price per chip-hour the user states.
 *
 * @param dealId         the deal template id, for {@link Kind#DEAL}
 * @param usdPerChipHour the stated price, for {@link Kind#ON_DEMAND}
 * @param terms          the default's or deal's values as they were when a link was made (decision 0708):
 *                       null means "today's catalog"; a stated price carries its own value and never has terms
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CostChoice(Kind kind, String dealId, Double usdPerChipHour, PinnedTerms terms) {

    public static final CostChoice DEFAULT = new CostChoice(Kind.DEFAULT, null, null);

    public CostChoice {
        kind = kind == null ? Kind.DEFAULT : kind;
        terms = kind == Kind.ON_DEMAND ? null : terms;
    }

    public CostChoice(Kind kind, String dealId, Double usdPerChipHour) {
        this(kind, dealId, usdPerChipHour, null);
    }

    public static CostChoice deal(String id) {
        return new CostChoice(Kind.DEAL, id, null);
    }

    public static CostChoice onDemand(double usdPerChipHour) {
        return new CostChoice(Kind.ON_DEMAND, null, usdPerChipHour);
    }

    public CostChoice pinned(PinnedTerms values) {
        return new CostChoice(kind, dealId, usdPerChipHour, values);
    }

    /** The same choice priced from today's catalog. */
    public CostChoice unpinned() {
        return new CostChoice(kind, dealId, usdPerChipHour, null);
    }

    public enum Kind {
        @JsonProperty("default") DEFAULT,
        @JsonProperty("deal") DEAL,
        @JsonProperty("on-demand") ON_DEMAND
    }
}
