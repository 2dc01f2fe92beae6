package com.inferplan.pricing.uncertainty;

import java.util.Arrays;

/**
 * Summary of a Monte Carlo run: percentiles, mean, spread and a histogram of the output, and where the
 * output at every input's base value falls among the draws ({@code basePercentile}, 0–100: the share of
 * draws at or below it), so a base case outside its own range is visible rather than hidden.
 */
public record MonteCarloResult(String outputName, String unit, long seed, int draws, double mean,
                               double standardDeviation, double min, double p10, double p50, double p90, double max,
                               Histogram histogram, double baseValue, double basePercentile) {

    static MonteCarloResult of(String outputName, String unit, long seed, double[] outputs, int bins,
                               double baseValue) {
        double[] sorted = outputs.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElseThrow();
        double variance = Arrays.stream(sorted).map(x -> (x - mean) * (x - mean)).sum() / Math.max(1, sorted.length - 1);
        return new MonteCarloResult(outputName, unit, seed, sorted.length, mean, Math.sqrt(variance), sorted[0],
                percentile(sorted, 0.10), percentile(sorted, 0.50), percentile(sorted, 0.90),
                sorted[sorted.length - 1], Histogram.of(sorted, bins), baseValue, percentileRank(sorted, baseValue));
    }

    /** Share of the sorted draws at or below {@code value}, in percent. */
    static double percentileRank(double[] sorted, double value) {
        int index = Arrays.binarySearch(sorted, value);
        int atOrBelow = index >= 0 ? lastIndexOf(sorted, index) + 1 : -index - 1;
        return 100.0 * atOrBelow / sorted.length;
    }

    private static int lastIndexOf(double[] sorted, int found) {
        int i = found;
        while (i + 1 < sorted.length && sorted[i + 1] == sorted[found]) {
            i++;
        }
        return i;
    }

    /** Linear interpolation between closest ranks (position p · (n − 1)), as spreadsheets' PERCENTILE.INC. */
    static double percentile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int lower = (int) Math.floor(position);
        int upper = Math.min(lower + 1, sorted.length - 1);
        return sorted[lower] + (position - lower) * (sorted[upper] - sorted[lower]);
    }
}
