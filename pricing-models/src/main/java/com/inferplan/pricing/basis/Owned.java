package com.inferplan.pricing.basis;

import com.inferplan.pricing.PricingInputException;
import com.inferplan.pricing.Require;
import com.inferplan.pricing.explain.Explained;
import com.inferplan.pricing.param.Bounds;
import com.inferplan.pricing.param.Parameter;
import com.inferplan.pricing.param.ParameterValues;

import java.util.List;

/** Bought and run in a facility: capital recovered over the depreciation life plus running costs. */
public record Owned(Purchase purchase, CapitalRecovery capital, Power power, Operations operations)
        implements HourlyBasis {

    public Owned {
        if (purchase == null || capital == null || power == null || operations == null) {
            throw new PricingInputException("owned", null, "purchase, capital, power and operations are all required");
        }
    }

    /** Price of one purchase unit (a chip, or a system of {@code chipsPerUnit} chips). */
    public record Purchase(double usd, int chipsPerUnit) {
        public Purchase {
            Require.nonNegative("purchaseUsd", usd);
            Require.positive("chipsPerUnit", chipsPerUnit);
        }

        public static Purchase perChip(double usd) {
            return new Purchase(usd, 1);
        }

        public static Purchase perSystem(double usd, int chipsPerSystem) {
            return new Purchase(usd, chipsPerSystem);
        }

        public double usdPerChip() {
            return usd / chipsPerUnit;
        }
    }

    /** Straight-line life with a resale value at its end, financed at a cost of capital. */
    public record CapitalRecovery(double depreciationYears, double residualValueFraction, double costOfCapitalAnnual) {
        public CapitalRecovery {
            Require.positive("depreciationYears", depreciationYears);
            Require.fraction("residualValueFraction", residualValueFraction);
            Require.nonNegative("costOfCapitalAnnual", costOfCapitalAnnual);
        }
    }

    /**
     * Electricity and space. {@code wattsPerChip} is IT power including the chip's share of host and
     * network; it is boxed so that a missing value is reported as missing rather than as zero.
     */
    public record Power(Double wattsPerChip, double pue, double usdPerKwh, double facilityUsdPerKwMonth) {
        public Power {
            if (wattsPerChip == null) {
                throw new PricingInputException("wattsPerChip", null,
                        "power per chip is required for an owned basis (include its share of host and network)");
            }
            Require.positive("wattsPerChip", wattsPerChip);
            Require.pue("pue", pue);
            Require.nonNegative("usdPerKwh", usdPerKwh);
            Require.nonNegative("facilityUsdPerKwMonth", facilityUsdPerKwMonth);
        }

        public double kwPerChip() {
            return wattsPerChip / 1000.0;
        }
    }

    /** Maintenance as a yearly share of capex, and operations staff cost per chip-year. */
    public record Operations(double maintenanceFractionPerYear, double staffUsdPerChipYear) {
        public Operations {
            Require.fraction("maintenanceFractionPerYear", maintenanceFractionPerYear);
            Require.nonNegative("staffUsdPerChipYear", staffUsdPerChipYear);
        }

        public static Operations staffPerSystem(double maintenanceFractionPerYear, double staffUsdPerSystemYear,
                                                int chipsPerSystem) {
            Require.positive("chipsPerSystem", chipsPerSystem);
            return new Operations(maintenanceFractionPerYear, staffUsdPerSystemYear / chipsPerSystem);
        }
    }

    @Override
    public String kind() {
        return "owned";
    }

    @Override
    public Explained usdPerChipHourPaid(double utilization) {
        Require.utilization("utilization", utilization);
        return OwnedTco.usdPerChipHour(this);
    }

    @Override
    public double usdPerChipHour(double utilization) {
        Require.utilization("utilization", utilization);
        return OwnedTco.totalPerYear(this) / HOURS_PER_YEAR;
    }

    /** Energy, facility, maintenance and staff per chip-year: everything but the capital charge. */
    public double runningUsdPerChipYear() {
        return OwnedTco.totalPerYear(this) - OwnedTco.capitalChargePerYear(this);
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter("purchaseUsd", purchase.usd(), "USD per purchase unit", Bounds.nonNegative()),
                new Parameter("depreciationYears", capital.depreciationYears(), "years", Bounds.positive()),
                new Parameter("residualValueFraction", capital.residualValueFraction(), "fraction", Bounds.fraction()),
                new Parameter("costOfCapitalAnnual", capital.costOfCapitalAnnual(), "per year", Bounds.nonNegative()),
                new Parameter("wattsPerChip", power.wattsPerChip(), "W", Bounds.positive()),
                new Parameter("pue", power.pue(), "ratio", Bounds.atLeastOne()),
                new Parameter("usdPerKwh", power.usdPerKwh(), "USD/kWh", Bounds.nonNegative()),
                new Parameter("facilityUsdPerKwMonth", power.facilityUsdPerKwMonth(), "USD/kW-month",
                        Bounds.nonNegative()),
                new Parameter("maintenanceFractionPerYear", operations.maintenanceFractionPerYear(), "fraction/year",
                        Bounds.fraction()),
                new Parameter("staffUsdPerChipYear", operations.staffUsdPerChipYear(), "USD/chip-year",
                        Bounds.nonNegative()));
    }

    @Override
    public Owned withParameters(ParameterValues v) {
        return new Owned(new Purchase(v.get("purchaseUsd"), purchase.chipsPerUnit()),
                new CapitalRecovery(v.get("depreciationYears"), v.get("residualValueFraction"),
                        v.get("costOfCapitalAnnual")),
                new Power(v.get("wattsPerChip"), v.get("pue"), v.get("usdPerKwh"), v.get("facilityUsdPerKwMonth")),
                new Operations(v.get("maintenanceFractionPerYear"), v.get("staffUsdPerChipYear")));
    }
}
