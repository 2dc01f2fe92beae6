package com.inferplan.engine.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Bad variants of a valid JSON body: every leaf replaced by each hostile value, every field removed,
 * an unknown field added to every object, plus seeded random multi-field mutations. What a careless
 * user, a broken client and an attacker send.
 */
public final class JsonMutations {

    public static final String LONG_TEXT = "x".repeat(200_000);

    /** Raw JSON fragments put in place of a leaf. */
    private static final List<String> HOSTILE = List.of(
            "null", "\"\"", "\"   \"", "-1", "0", "1.5", "1000000", "2000000000", "1e-300", "1e308", "-1e308", "2147483648", "9223372036854775807",
            "12345678901234567890123", "\"Infinity\"", "\"NaN\"", "\"-Infinity\"", "true", "[]", "{}",
            "\"<img src=x onerror=alert(1)>\"", "\"javascript:alert(1)\"", "\"no-such-thing\"", "\"" + LONG_TEXT + "\"",
            "\"1e400\"", "[1,2,3]", "{\"a\":1}");

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonMutations() {
    }

    public static List<String> of(String validBody, int randomVariants, long seed) {
        JsonNode root = read(validBody);
        List<String> paths = new ArrayList<>();
        collect(root, "", paths);
        List<String> bodies = new ArrayList<>();
        for (String path : paths) {
            for (String hostile : HOSTILE) {
                bodies.add(replace(root, path, read(hostile)).toString());
            }
            bodies.add(remove(root, path).toString());
        }
        for (String objectPath : objects(root, "")) {
            JsonNode copy = root.deepCopy();
            ((ObjectNode) at(copy, objectPath)).put("unexpectedField", 1);
            bodies.add(copy.toString());
        }
        Random random = new Random(seed);
        for (int i = 0; i < randomVariants; i++) {
            JsonNode copy = root.deepCopy();
            for (int k = 0; k < 3; k++) {
                String path = paths.get(random.nextInt(paths.size()));
                copy = replace(copy, path, read(HOSTILE.get(random.nextInt(HOSTILE.size()))));
            }
            bodies.add(copy.toString());
        }
        bodies.addAll(List.of("", "{", "[]", "null", "42", "\"text\"", "{\"a\":", "[" .repeat(5000)));
        return bodies;
    }

    private static void collect(JsonNode node, String path, List<String> leaves) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                collect(field.getValue(), path + "/" + field.getKey(), leaves);
            }
        } else if (node.isArray() && !node.isEmpty()) {
            collect(node.get(0), path + "/0", leaves);
        } else {
            leaves.add(path);
        }
    }

    private static List<String> objects(JsonNode node, String path) {
        List<String> found = new ArrayList<>();
        if (node.isObject()) {
            found.add(path);
            node.fields().forEachRemaining(f -> found.addAll(objects(f.getValue(), path + "/" + f.getKey())));
        } else if (node.isArray() && !node.isEmpty()) {
            found.addAll(objects(node.get(0), path + "/0"));
        }
        return found;
    }

    private static JsonNode replace(JsonNode root, String path, JsonNode value) {
        JsonNode copy = root.deepCopy();
        int cut = path.lastIndexOf('/');
        JsonNode parent = at(copy, path.substring(0, cut));
        String key = path.substring(cut + 1);
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(key), value);
        } else {
            ((ObjectNode) parent).set(key, value);
        }
        return copy;
    }

    private static JsonNode remove(JsonNode root, String path) {
        JsonNode copy = root.deepCopy();
        int cut = path.lastIndexOf('/');
        JsonNode parent = at(copy, path.substring(0, cut));
        String key = path.substring(cut + 1);
        if (parent instanceof ArrayNode array) {
            array.remove(Integer.parseInt(key));
        } else {
            ((ObjectNode) parent).remove(key);
        }
        return copy;
    }

    private static JsonNode at(JsonNode root, String path) {
        return path.isEmpty() ? root : root.at(path);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
    }
}
