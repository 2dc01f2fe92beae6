package com.inferplan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/** The scenario an explorer address holds: base64url of the raw-deflated scenario JSON in {@code s}. */
final class ScenarioLinks {

    private ScenarioLinks() {
    }

    /**
     * The scenario the page's address holds, once the explorer has written it there: the address is
     * replaced after the answer renders, so reading it at once can race the update.
     */
    static String scenarioJson(Page page) throws DataFormatException {
        page.waitForURL(SCENARIO);
        return scenarioJson(page.url());
    }

    private static final Pattern SCENARIO = Pattern.compile(".*[?&]s=[^&]+.*");

    static String scenarioJson(String url) throws DataFormatException {
        Matcher m = Pattern.compile("[?&]s=([^&]+)").matcher(url);
        assertThat(m.find()).as("the URL holds the scenario: " + url).isTrue();
        byte[] deflated = Base64.getUrlDecoder().decode(URLDecoder.decode(m.group(1), StandardCharsets.UTF_8));
        Inflater inflater = new Inflater(true);
        inflater.setInput(deflated);
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!inflater.finished()) {
            json.write(buffer, 0, inflater.inflate(buffer));
        }
        inflater.end();
        return json.toString(StandardCharsets.UTF_8);
    }

    /** The {@code s} parameter for scenario JSON: raw deflate, base64url without padding. */
    static String link(String scenarioJson) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(scenarioJson.getBytes(StandardCharsets.UTF_8));
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1024];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }
}
