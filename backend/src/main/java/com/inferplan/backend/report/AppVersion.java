package com.inferplan.backend.report;

import java.util.Objects;

/** The version every exported file names: the jar's implementation version, or "development build". */
public final class AppVersion {

    private static final String CURRENT = Objects.requireNonNullElse(
            AppVersion.class.getPackage().getImplementationVersion(), "development build");

    private AppVersion() {
    }

    public static String current() {
        return CURRENT;
    }
}
