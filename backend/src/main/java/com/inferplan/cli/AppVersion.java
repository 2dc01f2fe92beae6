package com.inferplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The build's version, written into {@code inferplan-version.properties} by Maven's resource filtering. */
public final class AppVersion {

    private AppVersion() {
    }

    public static String text() {
        try (InputStream in = AppVersion.class.getResourceAsStream("/inferplan-version.properties")) {
            if (in == null) {
                throw new IllegalStateException("inferplan-version.properties is missing from the build");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the build's version", e);
        }
    }
}
