package com.inferplan.engine.perf;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.inferplan.engine.serving.PrefillPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The stacks' schedulers, read from {@code perf/schedulers.json} with a strict schema: a key the
 * schema does not know, or a missing one, fails with the file, the key and the line.
 */
public final class StackSchedulers {

    static final String RESOURCE = "perf/schedulers.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES);

    private record FileShape(@JsonProperty(value = "about", required = true) String about,
                             @JsonProperty(value = "stacks", required = true) Map<String, Entry> stacks) {
    }

    /** One stack's entry; its constructor checks values, so Jackson reports them with their line. */
    private record Entry(@JsonProperty(value = "prefillPolicy", required = true) String prefillPolicy,
                         @JsonProperty(value = "tokenBudget", required = true) Integer tokenBudget,
                         @JsonProperty(value = "kvBlockTokens", required = true) Integer kvBlockTokens,
                         @JsonProperty(value = "requestOverheadSeconds", required = true) Double requestOverheadSeconds,
                         @JsonProperty(value = "estimate", required = true) Boolean estimate,
                         @JsonProperty(value = "sources", required = true) String sources,
                         @JsonProperty(value = "informedBy", required = true) String informedBy) {
        Entry {
            policy(prefillPolicy);
            if (tokenBudget < 1 || kvBlockTokens < 1) {
                throw new IllegalArgumentException("tokenBudget and kvBlockTokens must be at least 1");
            }
            if (!(requestOverheadSeconds >= 0)) {
                throw new IllegalArgumentException("requestOverheadSeconds must be >= 0");
            }
        }
    }

    private static final Set<String> ROOT_KEYS = Set.of("about", "stacks");
    private static final Set<String> STACK_KEYS = Set.of("prefillPolicy", "tokenBudget", "kvBlockTokens",
            "requestOverheadSeconds", "estimate", "sources", "informedBy");

    private final Map<String, StackScheduler> stacks;

    private StackSchedulers(Map<String, StackScheduler> stacks) {
        this.stacks = Map.copyOf(stacks);
    }

    public static StackSchedulers builtIn() {
        return BuiltIn.SCHEDULERS;
    }

    /** @throws DataFileException naming the file, key and line of the first schema error */
    public static StackSchedulers parse(InputStream json, String file) {
        FileShape shape;
        try {
            byte[] bytes = json.readAllBytes();
            checkKeys(bytes, file);
            shape = JSON.readValue(bytes, FileShape.class);
        } catch (JsonMappingException e) {
            throw new DataFileException(file, key(e), line(e), reason(e));
        } catch (JsonProcessingException e) {
            throw new DataFileException(file, "", line(e), e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Map<String, StackScheduler> parsed = new LinkedHashMap<>();
        shape.stacks().forEach((id, e) -> parsed.put(id, new StackScheduler(id, policy(e.prefillPolicy()),
                e.tokenBudget(), e.kvBlockTokens(), e.requestOverheadSeconds(), e.estimate(), e.sources(),
                e.informedBy())));
        return new StackSchedulers(parsed);
    }

    /** Every key against the schema, in file order, so a misspelt key is reported as such with its line. */
    private static void checkKeys(byte[] json, String file) throws IOException {
        String[] names = new String[8];
        int depth = 0;
        try (JsonParser p = JSON.getFactory().createParser(json)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.START_OBJECT) {
                    depth++;
                } else if (t == JsonToken.END_OBJECT) {
                    depth--;
                } else if (t == JsonToken.FIELD_NAME && depth < names.length) {
                    names[depth] = p.currentName();
                    Set<String> allowed = depth == 1 ? ROOT_KEYS : depth == 3 ? STACK_KEYS : null;
                    if (allowed != null && !allowed.contains(names[depth])) {
                        throw new DataFileException(file, String.join(".", Arrays.copyOfRange(names, 1, depth + 1)),
                                p.currentTokenLocation().getLineNr(), "unknown key (misspelt?); expected one of "
                                + String.join(", ", new TreeSet<>(allowed)));
                    }
                }
            }
        }
    }

    public Optional<StackScheduler> find(String stack) {
        return Optional.ofNullable(stacks.get(stack));
    }

    private static PrefillPolicy policy(String text) {
        return Arrays.stream(PrefillPolicy.values()).filter(p -> p.label().equals(text.toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("prefillPolicy '" + text + "' is not one of "
                        + Arrays.stream(PrefillPolicy.values()).map(PrefillPolicy::label).collect(Collectors.joining(", "))));
    }

    private static String key(JsonMappingException e) {
        return e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String reason(JsonMappingException e) {
        String message = e.getOriginalMessage();
        if (message != null && message.startsWith("Missing")) {
            return "missing key";
        }
        return e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : e.getOriginalMessage();
    }

    private static int line(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }

    private static final class BuiltIn {
        static final StackSchedulers SCHEDULERS = load();

        private static StackSchedulers load() {
            try (InputStream in = StackSchedulers.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                return parse(Objects.requireNonNull(in, "missing resource " + RESOURCE), RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
