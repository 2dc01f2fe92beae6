package com.inferplan.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads and writes accelerators as JSON: the data-file format, user entries stored by the app, and
 * {@code catalog --format json}. Precisions and kinds are written by their lower-case labels;
 * unknown fields are errors so typos in data files cannot silently drop a figure. A missing
 * {@code userDefined} reads as false and a missing {@code year} as 0, which the validator rejects.
 */
public final class CatalogJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(labelsModule())
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private CatalogJson() {
    }

    public static String write(Accelerator accelerator) {
        return writeTree(MAPPER.valueToTree(accelerator));
    }

    /** The whole catalog: {@code {"catalogVersion": ..., "accelerators": [...]}}. */
    public static String writeCatalog(HardwareCatalog catalog) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("catalogVersion", catalog.version());
        root.set("accelerators", MAPPER.valueToTree(catalog.all()));
        return writeTree(root);
    }

    /**
     * Parses one accelerator (a user entry). Malformed JSON or a wrong field type is reported as
     * a {@link CatalogValidationException} naming the field; call {@link CatalogValidator} for the
     * physical rules.
     */
    public static Accelerator read(String json) {
        try {
            return MAPPER.readValue(json, Accelerator.class);
        } catch (JsonProcessingException e) {
            throw new CatalogValidationException(List.of(error(CatalogValidator.USER_ENTRY, e)));
        }
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }

    static Accelerator fromTree(JsonNode node) throws JsonProcessingException {
        return MAPPER.treeToValue(node, Accelerator.class);
    }

    /** A parse failure as a catalog error whose field is the JSON path Jackson stopped at. */
    static CatalogError error(String file, JsonProcessingException e) {
        String field = "(document)";
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
        }
        return new CatalogError(file, "(unparsed)", field, e.getOriginalMessage());
    }

    private static String writeTree(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    private static SimpleModule labelsModule() {
        SimpleModule module = new SimpleModule("inferplan-catalog-labels");
        module.addKeySerializer(Precision.class, new JsonSerializer<>() {
            @Override
            public void serialize(Precision p, JsonGenerator gen, SerializerProvider sp) throws IOException {
                gen.writeFieldName(p.label());
            }
        });
        module.addKeyDeserializer(Precision.class, new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext ctx) throws IOException {
                try {
                    return Precision.parse(key);
                } catch (IllegalArgumentException e) {
                    throw ctx.weirdKeyException(Precision.class, key, e.getMessage());
                }
            }
        });
        module.addSerializer(AcceleratorKind.class, new JsonSerializer<>() {
            @Override
            public void serialize(AcceleratorKind k, JsonGenerator gen, SerializerProvider sp) throws IOException {
                gen.writeString(k.label());
            }
        });
        module.addDeserializer(AcceleratorKind.class, new JsonDeserializer<>() {
            @Override
            public AcceleratorKind deserialize(JsonParser parser, DeserializationContext ctx) throws IOException {
                String text = parser.getValueAsString();
                try {
                    return AcceleratorKind.parse(text);
                } catch (IllegalArgumentException e) {
                    throw ctx.weirdStringException(text, AcceleratorKind.class, e.getMessage());
                }
            }
        });
        return module;
    }
}
