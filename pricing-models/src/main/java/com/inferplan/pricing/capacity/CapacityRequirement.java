package com.inferplan.pricing.capacity;

import com.inferplan.pricing.basis.HardwareUnit;
import com.inferplan.pricing.explain.Explained;

/** Capacity needed for a demand: fractional chips, whole units to buy or rent, and facility power. */
public record CapacityRequirement(Explained chips, long units, Explained facilityMegawatts, HardwareUnit unit) {
}
