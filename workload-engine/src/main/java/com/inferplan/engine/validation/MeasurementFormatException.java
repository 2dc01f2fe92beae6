package com.inferplan.engine.validation;

/** A measurements row that cannot be read: line, column and why. */
public final class MeasurementFormatException extends RuntimeException {

    public MeasurementFormatException(int line, String column, String reason) {
        super("line " + line + ", column '" + column + "': " + reason);
    }
}
