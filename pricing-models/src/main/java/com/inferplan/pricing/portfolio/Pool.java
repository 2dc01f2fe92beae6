package com.inferplan.pricing.portfolio;

import com.inferplan.pricing.uncertainty.Distribution;

/**
 * One pool of whole deployable units (an HGX node, an NVL72 rack, a CS-3...). usdPerUnitMonth: cost
 * of one unit per month (its uncertainty in usdPerUnitMonthSpread; null or Distribution.Fixed = no
 * spread). committedUnits: take-or-pay units paid whether used or not (0 if none); units above the
 * commitment cost overageUsdPerUnitMonth (null = usdPerUnitMonth). minUnits/maxUnits (maxUnits null =
 * unbounded). kwPerUnit null = unknown power (then the pool cannot be used when a power cap is set,
 * and the answer says so); pue >= 1.
 */
public record Pool(String id, String vendor, double usdPerUnitMonth, Distribution usdPerUnitMonthSpread,
                   int committedUnits, Double overageUsdPerUnitMonth, int minUnits, Integer maxUnits,
                   Double kwPerUnit, double pue) {

    /** Price of each unit above the commitment. */
    public double overageRate() {
        return overageUsdPerUnitMonth == null ? usdPerUnitMonth : overageUsdPerUnitMonth;
    }

    /** The take-or-pay part: paid every month whatever the plan uses. */
    public double committedUsdPerMonth() {
        return usdPerUnitMonth * committedUnits;
    }

    /** Monthly cost of running {@code units}: the commitment plus the units above it at the overage rate. */
    public double usdPerMonth(int units) {
        return committedUsdPerMonth() + overageRate() * Math.max(0, units - committedUnits);
    }

    /** Facility megawatts of {@code units} (IT power × PUE); 0 when the power is unknown. */
    public double megawatts(int units) {
        return kwPerUnit == null ? 0 : units * kwPerUnit * pue / 1000.0;
    }

    public Pool withMaxUnits(Integer changed) {
        return new Pool(id, vendor, usdPerUnitMonth, usdPerUnitMonthSpread, committedUnits, overageUsdPerUnitMonth,
                minUnits, changed, kwPerUnit, pue);
    }

    public Pool withMinUnits(int changed) {
        return new Pool(id, vendor, usdPerUnitMonth, usdPerUnitMonthSpread, committedUnits, overageUsdPerUnitMonth,
                changed, maxUnits, kwPerUnit, pue);
    }
}
