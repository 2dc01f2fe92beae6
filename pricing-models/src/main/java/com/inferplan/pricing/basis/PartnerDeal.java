package com.inferplan.pricing.basis;

import com.inferplan.pricing.PricingInputException;
import com.inferplan.pricing.Require;
import com.inferplan.pricing.explain.Explained;
import com.inferplan.pricing.finance.Annuity;
import com.inferplan.pricing.param.Bounds;
import com.inferplan.pricing.param.Parameter;
import com.inferplan.pricing.param.ParameterValues;

import java.util.ArrayList;
import java.util.List;

/**
 * A take-or-pay capacity deal (decision 0300). {@code contractValueUsd} is the list value of the
 * whole term at full use of the ramped capacity; volume discounts reduce it. Each year the buyer is
 * billed for max(utilization, takeOrPayShare) of the capacity then available.
 */
public record PartnerDeal(double contractValueUsd, CommittedCapacity capacity, int termYears, RampSchedule ramp,
                          double takeOrPayShare, DealFinancing financing, List<VolumeDiscountTier> volumeDiscounts)
        implements HourlyBasis {

    public PartnerDeal {
        Require.nonNegative("contractValueUsd", contractValueUsd);
        if (capacity == null || ramp == null || financing == null) {
            throw new PricingInputException("partnerDeal", null, "capacity, ramp and financing are required");
        }
        Require.termYears("termYears", termYears);
        if (ramp.years() != termYears) {
            throw new PricingInputException("rampSchedule", ramp.availableFractionByYear(),
                    "has " + ramp.years() + " years but the term is " + termYears + " years");
        }
        Require.fraction("takeOrPayShare", takeOrPayShare);
        volumeDiscounts = List.copyOf(volumeDiscounts == null ? List.of() : volumeDiscounts);
        for (int i = 1; i < volumeDiscounts.size(); i++) {
            if (volumeDiscounts.get(i).fromQuantity() <= volumeDiscounts.get(i - 1).fromQuantity()) {
                throw new PricingInputException("volumeDiscounts", volumeDiscounts,
                        "tiers must be in ascending order of fromQuantity");
            }
        }
    }

    @Override
    public String kind() {
        return "partner deal";
    }

    /** Capacity available in contract year {@code year} (1-based), in unit-hours. */
    public double availableUnitHours(int year) {
        return capacity.units() * ramp.fraction(year) * HOURS_PER_YEAR;
    }

    public double totalAvailableUnitHours() {
        return capacity.units() * ramp.sum() * HOURS_PER_YEAR;
    }

    public double volumeDiscountFraction() {
        return VolumeDiscountTier.blendedDiscount(volumeDiscounts, capacity.quantity());
    }

    public double netContractValueUsd() {
        return contractValueUsd * (1 - volumeDiscountFraction());
    }

    /** Price per available unit-hour when all of it is used. */
    public double usdPerUnitHourAtFullUse() {
        return netContractValueUsd() / totalAvailableUnitHours();
    }

    /** Share of the full-use value paid whatever the use: up-front parts plus the take-or-pay floor. */
    public double committedShare() {
        return financing.upfrontFraction() + financing.billedAsUsedFraction() * takeOrPayShare;
    }

    public double financedPrincipalUsd() {
        return financing.financedFraction() * netContractValueUsd();
    }

    /** Interest over the term on the financed part, repaid in level annual instalments. */
    public double financingInterestUsd() {
        double principal = financedPrincipalUsd();
        if (principal == 0) {
            return 0;
        }
        return termYears * Annuity.payment(principal, financing.financingRateAnnual(), termYears) - principal;
    }

    /** Share of each year's full-use bill paid at this utilization. */
    public double billedShare(double utilization) {
        Require.utilization("utilization", utilization);
        return financing.upfrontFraction() + financing.billedAsUsedFraction() * Math.max(utilization, takeOrPayShare);
    }

    /** Average paid per available unit-hour at this utilization; see {@link #usdPerUnitHourPaid}. */
    public double usdPerUnitHour(double utilization) {
        return usdPerUnitHourAtFullUse() * billedShare(utilization) + financingInterestUsd() / totalAvailableUnitHours();
    }

    @Override
    public double usdPerChipHour(double utilization) {
        return usdPerUnitHour(utilization) / capacity.unit().chipsPerUnit();
    }

    @Override
    public Explained usdPerChipHourPaid(double utilization) {
        return DealRate.usdPerChipHourPaid(this, utilization);
    }

    /** Average paid per available unit-hour (chip or system) at this utilization. */
    public Explained usdPerUnitHourPaid(double utilization) {
        return DealRate.usdPerUnitHourPaid(this, utilization);
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> list = new ArrayList<>(List.of(
                new Parameter("contractValueUsd", contractValueUsd, "USD", Bounds.nonNegative()),
                new Parameter("committedQuantity", capacity.quantity(), capacity.quantityUnit(), Bounds.positive()),
                new Parameter("kwPerUnit", capacity.unit().kwPerUnit(), "kW/" + capacity.unit().name(),
                        Bounds.positive()),
                new Parameter("pue", capacity.pue(), "ratio", Bounds.atLeastOne()),
                new Parameter("takeOrPayShare", takeOrPayShare, "fraction", Bounds.fraction()),
                new Parameter("prepaidFraction", financing.prepaidFraction(), "fraction", Bounds.fraction()),
                new Parameter("financedFraction", financing.financedFraction(), "fraction", Bounds.fraction()),
                new Parameter("financingRateAnnual", financing.financingRateAnnual(), "per year",
                        Bounds.nonNegative())));
        for (int year = 1; year <= termYears; year++) {
            list.add(new Parameter("rampYear" + year, ramp.fraction(year), "fraction", Bounds.fraction()));
        }
        return list;
    }

    @Override
    public PartnerDeal withParameters(ParameterValues v) {
        HardwareUnit unit = capacity.unit();
        CommittedCapacity newCapacity = new CommittedCapacity(v.get("committedQuantity"), capacity.measure(),
                new HardwareUnit(unit.name(), unit.chipsPerUnit(), v.get("kwPerUnit")), v.get("pue"));
        List<Double> ramped = new ArrayList<>();
        for (int year = 1; year <= termYears; year++) {
            ramped.add(v.get("rampYear" + year));
        }
        return new PartnerDeal(v.get("contractValueUsd"), newCapacity, termYears, new RampSchedule(ramped),
                v.get("takeOrPayShare"),
                new DealFinancing(v.get("prepaidFraction"), v.get("financedFraction"), v.get("financingRateAnnual")),
                volumeDiscounts);
    }
}
