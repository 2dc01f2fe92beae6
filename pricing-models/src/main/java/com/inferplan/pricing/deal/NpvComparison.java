package com.inferplan.pricing.deal;

import com.inferplan.pricing.explain.Explained;
import com.inferplan.pricing.finance.CashFlowSchedule;

/** Net present value of taking a deal instead of renting the same used capacity on demand. */
public record NpvComparison(Explained npvSavingsUsd, CashFlowSchedule onDemandCashFlows, double discountRateAnnual) {
}
