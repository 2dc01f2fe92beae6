package com.inferplan.pricing.portfolio;

/**
 * The linear relaxation of the cost program (every integer let go): its optimum is a lower bound on
 * any whole-unit plan's USD per month, and its fractional replicas per capacity pair are where the
 * rounded first plan ({@link RoundedPlan}) starts. Arrays are copied in and out.
 */
record Relaxation(double boundUsdPerMonth, double[] replicas) {

    Relaxation {
        replicas = replicas.clone();
    }

    @Override
    public double[] replicas() {
        return replicas.clone();
    }
}
