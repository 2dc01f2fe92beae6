package com.inferplan.db.support;

/** Someone else saved the row after it was read: the caller must reload, never overwrite. */
public class StaleVersionException extends RuntimeException {

    public StaleVersionException(String entity, String id, int expectedVersion) {
        super(entity + " '" + id + "' was changed by someone else since version " + expectedVersion
                + " was loaded; reload it and apply your change again");
    }
}
