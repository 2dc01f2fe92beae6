package com.inferplan.backend.support;

import com.inferplan.db.support.StaleVersionException;
import java.util.function.Supplier;

/**
 * Someone else changed or took the record first: the caller must reload, nothing was overwritten.
 * Services translate the database layer's version errors into this, so views never see db types.
 */
public class EditConflictException extends RuntimeException {

    public EditConflictException(String message) {
        super(message);
    }

    /** Runs a version-checked write; a stale version becomes this exception. */
    public static <T> T translating(Supplier<T> versionCheckedWrite) {
        try {
            return versionCheckedWrite.get();
        } catch (StaleVersionException e) {
            throw new EditConflictException(e.getMessage());
        }
    }
}
