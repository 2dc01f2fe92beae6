package com.inferplan.engine.perf;

import com.inferplan.engine.profile.OperatorKind;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/** One efficiency per operator kind: a default with per-kind overrides, immutable. */
public final class KindTable {

    private final double[] values;

    private KindTable(double[] values) {
        this.values = values;
    }

    public static KindTable of(double fallback, Map<OperatorKind, Double> overrides) {
        double[] v = new double[OperatorKind.values().length];
        Arrays.fill(v, fallback);
        overrides.forEach((kind, value) -> v[kind.ordinal()] = value);
        for (OperatorKind kind : OperatorKind.values()) {
            double value = v[kind.ordinal()];
            if (!(value > 0 && value <= 1)) {
                throw new InvalidPerformanceInputException("efficiency." + kind, value, "must be in (0, 1]");
            }
        }
        return new KindTable(v);
    }

    public double get(OperatorKind kind) {
        return values[kind.ordinal()];
    }

    /** Every entry multiplied by {@code factor}, capped at 1. */
    public KindTable scaled(double factor) {
        double[] v = values.clone();
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.min(1, v[i] * factor);
        }
        return new KindTable(v);
    }

    /** Every entry multiplied by its kind's factor ({@code fallback} for kinds not listed), capped at 1. */
    public KindTable scaled(double fallback, Map<OperatorKind, Double> factors) {
        double[] v = values.clone();
        for (OperatorKind kind : OperatorKind.values()) {
            v[kind.ordinal()] = Math.min(1, v[kind.ordinal()] * factors.getOrDefault(kind, fallback));
        }
        return new KindTable(v);
    }

    public Map<OperatorKind, Double> asMap() {
        Map<OperatorKind, Double> map = new EnumMap<>(OperatorKind.class);
        for (OperatorKind kind : OperatorKind.values()) {
            map.put(kind, values[kind.ordinal()]);
        }
        return map;
    }
}
