package com.inferplan.backend.support;

/**
 * A create whose id is taken, found before the insert or by the database's key when two creates race:
 * REST answers 409 with the field, forms show it on the id field like any other field problem.
 */
public class DuplicateIdException extends InvalidInputException {

    public DuplicateIdException(String field, Object id, String message) {
        super(field, id, message);
    }
}
