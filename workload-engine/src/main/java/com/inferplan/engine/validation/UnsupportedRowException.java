package com.inferplan.engine.validation;

/** A well-formed row of a kind the engine does not predict yet; the message says which. */
public final class UnsupportedRowException extends RuntimeException {

    public UnsupportedRowException(String reason) {
        super(reason);
    }
}
