package com.inferplan.pricing.basis;

import com.inferplan.pricing.PricingInputException;
import com.inferplan.pricing.Require;

/**
 * Capacity committed under a deal, stated in facility megawatts or in units (chips or systems).
 * Reported deal sizes in MW are read as facility power, so units = MW · 1000 / (kW per unit · PUE).
 */
public record CommittedCapacity(double quantity, Measure measure, HardwareUnit unit, double pue) {

    public enum Measure { MEGAWATTS, UNITS }

    public CommittedCapacity {
        Require.positive("committedQuantity", quantity);
        if (measure == null || unit == null) {
            throw new PricingInputException("committedCapacity", null, "measure and hardware unit are required");
        }
        Require.pue("pue", pue);
    }

    public static CommittedCapacity megawatts(double facilityMegawatts, HardwareUnit unit, double pue) {
        return new CommittedCapacity(facilityMegawatts, Measure.MEGAWATTS, unit, pue);
    }

    public static CommittedCapacity units(double count, HardwareUnit unit, double pue) {
        return new CommittedCapacity(count, Measure.UNITS, unit, pue);
    }

    public double units() {
        return measure == Measure.UNITS ? quantity : quantity * 1000 / (unit.kwPerUnit() * pue);
    }

    public double facilityMegawatts() {
        return measure == Measure.MEGAWATTS ? quantity : quantity * unit.kwPerUnit() * pue / 1000;
    }

    public double chips() {
        return units() * unit.chipsPerUnit();
    }

    /** "MW" or the unit name, the measure in which volume-discount tiers are stated. */
    public String quantityUnit() {
        return measure == Measure.MEGAWATTS ? "MW" : unit.name();
    }
}
