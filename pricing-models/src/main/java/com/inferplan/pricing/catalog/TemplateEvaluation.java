package com.inferplan.pricing.catalog;

import com.inferplan.pricing.deal.DealEvaluation;

/**
 * A deal template evaluated at one utilization, results relabelled with the template's
 * reported/assumed statuses. {@code comparisonNote} says against what NPV was computed, or why not.
 */
public record TemplateEvaluation(DealTemplate template, DealEvaluation evaluation, String comparisonNote) {
}
