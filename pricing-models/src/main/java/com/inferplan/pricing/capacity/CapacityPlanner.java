package com.inferplan.pricing.capacity;

import com.inferplan.pricing.Require;
import com.inferplan.pricing.basis.HardwareUnit;
import com.inferplan.pricing.explain.Explained;
import com.inferplan.pricing.explain.FormulaInput;

import java.util.List;

/** Converts between facility megawatts, hardware units and token demand. */
public final class CapacityPlanner {

    private static final double SECONDS_PER_DAY = 86_400;

    private CapacityPlanner() {
    }

    /** units = MW · 1000 / (kW per unit · PUE); MW is facility power, so cooling overhead is removed. */
    public static Explained unitsForFacilityMegawatts(double facilityMegawatts, HardwareUnit unit, double pue) {
        Require.positive("facilityMegawatts", facilityMegawatts);
        Require.pue("pue", pue);
        return Explained.of("units", facilityMegawatts * 1000 / (unit.kwPerUnit() * pue), unit.name(),
                "units = facilityMegawatts · 1000 / (kwPerUnit · pue)",
                List.of(FormulaInput.of("facilityMegawatts", facilityMegawatts, "MW"),
                        FormulaInput.of("kwPerUnit", unit.kwPerUnit(), "kW/" + unit.name()),
                        FormulaInput.of("pue", pue, "ratio")));
    }

    public static Explained facilityMegawattsForUnits(double units, HardwareUnit unit, double pue) {
        Require.nonNegative("units", units);
        Require.pue("pue", pue);
        return Explained.of("facilityMegawatts", units * unit.kwPerUnit() * pue / 1000, "MW",
                "facilityMegawatts = units · kwPerUnit · pue / 1000",
                List.of(FormulaInput.of("units", units, unit.name()),
                        FormulaInput.of("kwPerUnit", unit.kwPerUnit(), "kW/" + unit.name()),
                        FormulaInput.of("pue", pue, "ratio")));
    }

    /**
     * Chips, whole units and facility power to serve {@code tokensPerDay} when each chip delivers
     * {@code tokensPerSecondPerChip} at full load and the fleet runs at {@code utilization} on average.
     */
    public static CapacityRequirement forDemand(double tokensPerDay, double tokensPerSecondPerChip,
                                                double utilization, HardwareUnit unit, double pue) {
        Require.positive("tokensPerDay", tokensPerDay);
        Require.positive("tokensPerSecondPerChip", tokensPerSecondPerChip);
        Require.utilization("utilization", utilization);
        Explained chips = Explained.of("chips", tokensPerDay / (SECONDS_PER_DAY * tokensPerSecondPerChip * utilization),
                "chips", "chips = tokensPerDay / (86400 · tokensPerSecondPerChip · utilization)",
                List.of(FormulaInput.of("tokensPerDay", tokensPerDay, "tokens/day"),
                        FormulaInput.of("tokensPerSecondPerChip", tokensPerSecondPerChip, "tokens/s/chip"),
                        FormulaInput.of("utilization", utilization, "fraction")));
        long units = (long) Math.ceil(chips.value() / unit.chipsPerUnit() - 1e-9);
        return new CapacityRequirement(chips, units, facilityMegawattsForUnits(units, unit, pue), unit);
    }
}
