package com.inferplan.backend.support;

/** One rejected input: which field, the value given, and why it cannot be used. */
public record FieldProblem(String field, Object rejectedValue, String message) {

    /** Longest rejected value echoed back; a longer one is cut so that an error never carries a large input. */
    static final int MAX_SHOWN_CHARS = 80;

    /** The rejected value as shown to the caller, cut to {@link #MAX_SHOWN_CHARS} with its full length. */
    public String shownValue() {
        String text = String.valueOf(rejectedValue);
        return text.length() <= MAX_SHOWN_CHARS ? text
                : text.substring(0, MAX_SHOWN_CHARS) + "… (" + text.length() + " characters)";
    }

    @Override
    public String toString() {
        return field + " = '" + shownValue() + "': " + message;
    }
}
