package com.inferplan.engine.validation;

/**
 * The validator's verdict on one row: the predicted value and error (null when unsupported) and
 * the status, {@code ok} or {@code unsupported: <reason>}.
 */
public record RowPrediction(Measurement row, Double predicted, Double errorPct, String status) {

    public boolean supported() {
        return predicted != null;
    }
}
