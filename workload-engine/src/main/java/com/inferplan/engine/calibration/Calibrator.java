package com.inferplan.engine.calibration;

import com.inferplan.engine.evaluation.Engine;
import com.inferplan.engine.perf.EfficiencyAdjustment;
import com.inferplan.engine.validation.Measurement;
import com.inferplan.engine.validation.RowPrediction;
import com.inferplan.engine.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;

/**
 * Fits one chip family's four efficiency multipliers (compute, memory, per-layer overhead,
 * per-step overhead) to measured rows by Levenberg–Marquardt least squares on log(predicted /
 * measured), with the parameters in log space so they stay positive. Only family-level factors
 * are fitted, never per-model or per-row ones. k-fold cross-validation reports the error on rows
 * each fit did not see.
 */
public final class Calibrator {

    private static final double STEP = 1e-3;
    private static final int MAX_EVALUATIONS = 200;

    private final Engine engine;

    public Calibrator(Engine engine) {
        this.engine = engine;
    }

    public CalibrationResult calibrate(List<Measurement> rows, String familyKey, int folds) {
        return calibrate(rows, familyKey, folds, EnumSet.allOf(Knob.class));
    }

    /** Fits only the given multipliers; the others stay at 1. */
    public CalibrationResult calibrate(List<Measurement> rows, String familyKey, int folds, Set<Knob> knobs) {
        if (knobs.isEmpty()) {
            throw new IllegalArgumentException("knobs: at least one multiplier must be fitted");
        }
        List<Measurement> family = rows.stream().filter(r -> familyOf(r).equals(familyKey)).toList();
        if (family.size() < 2) {
            throw new IllegalArgumentException("family " + familyKey + " has " + family.size()
                    + " measured rows; calibration needs at least 2");
        }
        EfficiencyAdjustment fitted = fit(family, familyKey, knobs);
        double fittedError = medianAbsPct(family, familyKey, fitted);
        List<Double> heldOut = new ArrayList<>();
        int k = Math.max(2, Math.min(folds, family.size()));
        for (int fold = 0; fold < k; fold++) {
            List<Measurement> train = new ArrayList<>();
            List<Measurement> test = new ArrayList<>();
            for (int i = 0; i < family.size(); i++) {
                (i % k == fold ? test : train).add(family.get(i));
            }
            EfficiencyAdjustment a = train.isEmpty() ? EfficiencyAdjustment.NONE : fit(train, familyKey, knobs);
            heldOut.addAll(absPctErrors(test, familyKey, a));
        }
        return new CalibrationResult(familyKey, fitted, family.size(), fittedError, median(heldOut));
    }

    private String familyOf(Measurement row) {
        return engine.hardware().find(row.get("hardware")).map(hw -> engine.efficiencies().familyKey(hw)).orElse("");
    }

    private EfficiencyAdjustment fit(List<Measurement> rows, String familyKey, Set<Knob> knobs) {
        List<Knob> free = List.copyOf(knobs);
        MultivariateJacobianFunction model = point -> {
            double[] residuals = logResiduals(rows, familyKey, expand(point.toArray(), free));
            double[][] jacobian = new double[rows.size()][free.size()];
            for (int p = 0; p < free.size(); p++) {
                double[] shifted = point.toArray();
                shifted[p] += STEP;
                double[] r = logResiduals(rows, familyKey, expand(shifted, free));
                for (int i = 0; i < rows.size(); i++) {
                    jacobian[i][p] = (r[i] - residuals[i]) / STEP;
                }
            }
            return new Pair<RealVector, org.apache.commons.math3.linear.RealMatrix>(new ArrayRealVector(residuals),
                    new Array2DRowRealMatrix(jacobian));
        };
        LeastSquaresOptimizer.Optimum optimum = new LevenbergMarquardtOptimizer().optimize(new LeastSquaresBuilder()
                .model(model).target(new double[rows.size()]).start(new double[free.size()])
                .maxEvaluations(MAX_EVALUATIONS).maxIterations(MAX_EVALUATIONS).build());
        return fromLog(expand(optimum.getPoint().toArray(), free));
    }

    /** Log multipliers of all four knobs: the fitted ones from {@code point}, 0 (a factor of 1) for the rest. */
    private static double[] expand(double[] point, List<Knob> free) {
        double[] all = new double[Knob.values().length];
        for (int i = 0; i < free.size(); i++) {
            all[free.get(i).ordinal()] = point[i];
        }
        return all;
    }

    private double[] logResiduals(List<Measurement> rows, String familyKey, double[] logScales) {
        Validator validator = validator(familyKey, fromLog(logScales));
        double[] r = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            RowPrediction p = validator.predict(rows.get(i));
            r[i] = p.supported() ? Math.log(p.predicted() / rows.get(i).number("value")) : 0;
        }
        return r;
    }

    private Validator validator(String familyKey, EfficiencyAdjustment a) {
        return new Validator(engine.withEfficiencies(engine.efficiencies().withAdjustment(familyKey, a)));
    }

    private static EfficiencyAdjustment fromLog(double[] logScales) {
        return EfficiencyAdjustment.fromArray(Arrays.stream(logScales).map(Math::exp).toArray());
    }

    private List<Double> absPctErrors(List<Measurement> rows, String familyKey, EfficiencyAdjustment a) {
        List<Double> errors = new ArrayList<>();
        for (RowPrediction p : validator(familyKey, a).validate(rows)) {
            if (p.supported()) {
                errors.add(Math.abs(p.errorPct()));
            }
        }
        return errors;
    }

    private double medianAbsPct(List<Measurement> rows, String familyKey, EfficiencyAdjustment a) {
        return median(absPctErrors(rows, familyKey, a));
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return 0;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
