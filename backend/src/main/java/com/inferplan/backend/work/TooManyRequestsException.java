package com.inferplan.backend.work;

/** A computation refused for now (the caller's own limit or a busy server): 429 with Retry-After. */
public class TooManyRequestsException extends RuntimeException {

    public static final int RETRY_AFTER_SECONDS = 2;

    public TooManyRequestsException(String message) {
        super(message);
    }
}
