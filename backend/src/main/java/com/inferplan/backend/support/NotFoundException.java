package com.inferplan.backend.support;

/** A requested id does not exist; the message lists what does, where that is short enough to help. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
