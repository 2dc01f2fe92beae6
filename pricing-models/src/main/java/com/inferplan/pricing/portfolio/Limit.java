package com.inferplan.pricing.portfolio;

import java.util.Locale;

/**
 * The optional constraints of a problem, each able to say whether it is set, how it reads, how to
 * remove it (for re-solves) and whether a plan sits at it.
 */
enum Limit {
    POWER_CAP("powerCapMegawatts") {
        Double value(Constraints c) {
            return c.powerCapMegawatts();
        }

        Constraints without(Constraints c) {
            return c.withPowerCapMegawatts(null);
        }

        String label(Constraints c) {
            return String.format(Locale.ROOT, "power cap %.2f MW", c.powerCapMegawatts());
        }

        boolean tight(Fleet f, FleetSolution s) {
            return s.megawatts(f) >= f.constraints().powerCapMegawatts() * (1 - TIGHT);
        }
    },
    VENDOR_SPEND_SHARE("maxVendorSpendShare") {
        Double value(Constraints c) {
            return c.maxVendorSpendShare();
        }

        Constraints without(Constraints c) {
            return c.withMaxVendorSpendShare(null);
        }

        String label(Constraints c) {
            return "vendor spend cap " + Money.percent(c.maxVendorSpendShare());
        }

        boolean tight(Fleet f, FleetSolution s) {
            return VendorFigures.of(f, s).maxSpendShare() >= f.constraints().maxVendorSpendShare() - TIGHT;
        }

        String detail(Fleet f, FleetSolution s) {
            VendorFigures v = VendorFigures.of(f, s);
            return " (" + v.topSpender() + " at " + Money.percent(v.maxSpendShare()) + " of spend)";
        }
    },
    VENDOR_UNIT_SHARE("maxVendorUnitShare") {
        Double value(Constraints c) {
            return c.maxVendorUnitShare();
        }

        Constraints without(Constraints c) {
            return c.withMaxVendorUnitShare(null);
        }

        String label(Constraints c) {
            return "vendor unit cap " + Money.percent(c.maxVendorUnitShare());
        }

        boolean tight(Fleet f, FleetSolution s) {
            return VendorFigures.of(f, s).maxUnitShare() >= f.constraints().maxVendorUnitShare() - TIGHT;
        }
    },
    MIN_VENDORS("minVendors") {
        Double value(Constraints c) {
            return c.minVendors() == null ? null : c.minVendors().doubleValue();
        }

        Constraints without(Constraints c) {
            return c.withMinVendors(null);
        }

        String label(Constraints c) {
            return "at least " + c.minVendors() + " vendors";
        }

        boolean tight(Fleet f, FleetSolution s) {
            return VendorFigures.of(f, s).serving() <= f.constraints().minVendors();
        }
    },
    BUDGET("budgetUsdPerMonth") {
        Double value(Constraints c) {
            return c.budgetUsdPerMonth();
        }

        Constraints without(Constraints c) {
            return c.withBudgetUsdPerMonth(null);
        }

        String label(Constraints c) {
            return "budget " + Money.usdPerMonth(c.budgetUsdPerMonth());
        }

        boolean tight(Fleet f, FleetSolution s) {
            return s.usdPerMonth(f) >= f.constraints().budgetUsdPerMonth() * (1 - TIGHT);
        }
    };

    /** A plan within one part in a million of a limit is at it. */
    static final double TIGHT = 1e-6;

    /** The field name in {@link Constraints}, used as the stable key of a binding constraint. */
    final String field;

    Limit(String field) {
        this.field = field;
    }

    abstract Double value(Constraints c);

    abstract Constraints without(Constraints c);

    abstract String label(Constraints c);

    abstract boolean tight(Fleet f, FleetSolution s);

    /** What the plan shows at this limit, e.g. which vendor is at the cap; empty by default. */
    String detail(Fleet f, FleetSolution s) {
        return "";
    }

    boolean isSet(Constraints c) {
        return value(c) != null;
    }

    PortfolioProblem removedFrom(PortfolioProblem problem) {
        return problem.withConstraints(without(problem.constraints()));
    }
}
