package com.inferplan.backend.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.inferplan.backend.support.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A scenario as stored JSON and as a link parameter: the JSON deflated and base64url-encoded, so a
 * complete scenario travels in a URL of a few hundred characters and opens identically anywhere,
 * saved or not. Unknown fields are ignored so links made by later versions still open.
 */
public final class ScenarioCodec {

    /** A link parameter beyond this is not a scenario (protects the inflater from hostile input). */
    static final int MAX_LINK_CHARS = 8_192;
    private static final int MAX_JSON_BYTES = 256 * 1024;
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private ScenarioCodec() {
    }

    public static String toJson(Scenario scenario) {
        try {
            return MAPPER.writeValueAsString(scenario);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a scenario is plain data and always serialises", e);
        }
    }

    public static Scenario fromJson(String json) {
        try {
            return MAPPER.readValue(json, Scenario.class);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("scenario", abbreviate(json), "is not scenario JSON: "
                    + e.getOriginalMessage());
        }
    }

    public static String toLink(Scenario scenario) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(toJson(scenario).getBytes(StandardCharsets.UTF_8));
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1024];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    public static Scenario fromLink(String link) {
        if (link == null || link.isBlank() || link.length() > MAX_LINK_CHARS) {
            throw new InvalidInputException("s", abbreviate(link), "is not a scenario link (empty or too long)");
        }
        try {
            return fromJson(inflate(Base64.getUrlDecoder().decode(link)));
        } catch (IllegalArgumentException | DataFormatException e) {
            throw new InvalidInputException("s", abbreviate(link), "is not a scenario link: the text is damaged or"
                    + " incomplete (was it cut when copied?)");
        }
    }

    private static String inflate(byte[] data) throws DataFormatException {
        Inflater inflater = new Inflater(true);
        inflater.setInput(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new DataFormatException("truncated");
                }
                out.write(buffer, 0, n);
                if (out.size() > MAX_JSON_BYTES) {
                    throw new DataFormatException("too large");
                }
            }
        } finally {
            inflater.end();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
