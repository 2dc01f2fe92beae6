package com.inferplan.pricing.uncertainty;

import java.util.ArrayList;
import java.util.List;

/** Equal-width bins from the smallest to the largest value; the last bin includes its upper edge. */
public record Histogram(List<Bin> bins) {

    public record Bin(double lower, double upper, int count) {
    }

    public Histogram {
        bins = List.copyOf(bins);
    }

    static Histogram of(double[] sorted, int binCount) {
        double min = sorted[0];
        double max = sorted[sorted.length - 1];
        if (min == max) {
            return new Histogram(List.of(new Bin(min, max, sorted.length)));
        }
        double width = (max - min) / binCount;
        int[] counts = new int[binCount];
        for (double x : sorted) {
            counts[Math.min(binCount - 1, (int) ((x - min) / width))]++;
        }
        List<Bin> bins = new ArrayList<>(binCount);
        for (int b = 0; b < binCount; b++) {
            bins.add(new Bin(min + b * width, b == binCount - 1 ? max : min + (b + 1) * width, counts[b]));
        }
        return new Histogram(bins);
    }

    public int totalCount() {
        return bins.stream().mapToInt(Bin::count).sum();
    }
}
