package com.inferplan.backend.pricing;

import com.inferplan.pricing.deal.DealEvaluation;

/** A partner deal at one utilization, with a sentence on what its NPV was compared against, or why it was not. */
public record DealOutcome(DealEvaluation evaluation, String comparisonNote) {
}
