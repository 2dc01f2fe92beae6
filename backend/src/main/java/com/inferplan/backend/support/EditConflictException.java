package com.inferplan.backend.support;

/**
 * Someone else changed or took the record first: the caller must reload, nothing was overwritten.
 * Services translate the database layer's version errors into this, so views never see db types.
 */
public class EditConflictException extends RuntimeException {

    public EditConflictException(String message) {
        super(message);
    }
}
