package com.inferplan.backend.support;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A saved document (a portfolio) as stored JSON and as a link parameter: the JSON deflated and
 * base64url-encoded, so the whole document travels in a URL and opens identically anywhere, saved or
 * not. Unknown fields are ignored so links made by later versions still open.
 */
public final class DocumentCodec<T> {

    /** A link parameter beyond this is not a document (protects the inflater from hostile input). */
    public static final int MAX_LINK_CHARS = 16_384;
    private static final int MAX_JSON_BYTES = 256 * 1024;
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Class<T> type;
    private final String noun;

    /** @param noun what the document is called in error messages ("portfolio") */
    public DocumentCodec(Class<T> type, String noun) {
        this.type = type;
        this.noun = noun;
    }

    public String toJson(T document) {
        try {
            return MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a " + noun + " is plain data and always serialises", e);
        }
    }

    public T fromJson(String json) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(noun, abbreviate(json), "is not " + noun + " JSON: " + e.getOriginalMessage());
        }
    }

    public String toLink(T document) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(toJson(document).getBytes(StandardCharsets.UTF_8));
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1024];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    /** @param parameter the link's query parameter name, reported as the field */
    public T fromLink(String parameter, String link) {
        if (link == null || link.isBlank() || link.length() > MAX_LINK_CHARS) {
            throw new InvalidInputException(parameter, abbreviate(link), "is not a " + noun + " link (empty or too long)");
        }
        try {
            return fromJson(inflate(Base64.getUrlDecoder().decode(link)));
        } catch (IllegalArgumentException | DataFormatException e) {
            throw new InvalidInputException(parameter, abbreviate(link), "is not a " + noun + " link: the text is"
                    + " damaged or incomplete (was it cut when copied?)");
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
