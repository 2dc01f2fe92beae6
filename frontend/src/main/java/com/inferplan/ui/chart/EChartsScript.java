package com.inferplan.ui.chart;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the ECharts library is served, read from the WebJar the build packed: its Maven
 * {@code pom.properties} names the version, and Spring Boot serves the WebJar under that version. A
 * version bump in the pom alone therefore moves the address with it; a build without the WebJar gets
 * no address and the charts say so instead of waiting for a script that never comes.
 */
public final class EChartsScript {

    static final String POM_PROPERTIES = "META-INF/maven/org.webjars.npm/echarts/pom.properties";
    private static final Optional<String> PATH = pathFrom(POM_PROPERTIES);

    private EChartsScript() {
    }

    /** e.g. {@code /webjars/echarts/5.3.1/dist/echarts.min.js}; empty when the WebJar is missing. */
    public static Optional<String> path() {
        return PATH;
    }

    static Optional<String> pathFrom(String pomProperties) {
        ClassLoader loader = EChartsScript.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(pomProperties)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties pom = new Properties();
            pom.load(in);
            String version = pom.getProperty("version", "").trim();
            String path = "webjars/echarts/" + version + "/dist/echarts.min.js";
            // The version must name files this build holds, or the address would 404 all the same.
            return version.isEmpty() || loader.getResource("META-INF/resources/" + path) == null
                    ? Optional.empty() : Optional.of("/" + path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pomProperties, e);
        }
    }
}
