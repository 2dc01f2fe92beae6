package com.inferplan.backend.pricing;

/** What a person saves: a name, optionally the hardware the basis is for, and the basis itself. */
public record BasisEntry(String name, String hardwareId, BasisSpec spec) {
}
