package com.inferplan.engine.calibration;

import com.inferplan.engine.perf.EfficiencyAdjustment;

/**
 * A fitted family adjustment with its error on the rows it was fitted to and, from k-fold
 * cross-validation, on rows each fold did not see (median absolute percentage error).
 */
public record CalibrationResult(String familyKey, EfficiencyAdjustment adjustment, int rows,
                                double fittedMedianAbsPctError, double heldOutMedianAbsPctError) {
}
