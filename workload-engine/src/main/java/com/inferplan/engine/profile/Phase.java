package com.inferplan.engine.profile;

/** Prefill processes a prompt chunk per sequence; decode one new token per sequence. */
public enum Phase {
    PREFILL,
    DECODE
}
