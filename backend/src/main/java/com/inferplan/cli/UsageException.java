package com.inferplan.cli;

/** A flag is missing or has a value the command cannot use; the message names flag and value. */
public class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
