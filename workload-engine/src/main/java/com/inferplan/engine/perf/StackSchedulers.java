package com.inferplan.engine.perf;

import com.inferplan.engine.serving.validation.InvalidInputException;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.inferplan.engine.serving.PrefillPolicy;
import com.inferplan.engine.serving.SchedulerConfig;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The stacks' schedulers, read from {@code perf/schedulers.json} through {@link DataFileReader}: a
 * key the schema does not know, a missing one, a wrong type or an out-of-range value fails with the
 * file, the key's path, the line and the value.
 */
public final class StackSchedulers {

    static final String RESOURCE = "perf/schedulers.json";

    private record FileShape(@JsonProperty("about") String about, @JsonProperty("stacks") Map<String, Entry> stacks) {
        FileShape {
            DataChecks.required("about", about);
            DataChecks.required("stacks", stacks);
        }
    }

    private record Entry(@JsonProperty("prefillPolicy") String prefillPolicy,
                         @JsonProperty("tokenBudget") Integer tokenBudget,
                         @JsonProperty("kvBlockTokens") Integer kvBlockTokens,
                         @JsonProperty("requestOverheadSeconds") Double requestOverheadSeconds,
                         @JsonProperty("promptsPerPrefillStep") Integer promptsPerPrefillStep,
                         @JsonProperty("servedPromptsPerPrefillStep") Integer servedPromptsPerPrefillStep,
                         @JsonProperty("kvTransferBytesPerSecond") Double kvTransferBytesPerSecond,
                         @JsonProperty("estimate") Boolean estimate,
                         @JsonProperty("sources") String sources,
                         @JsonProperty("informedBy") String informedBy) {
        Entry {
            DataChecks.required("prefillPolicy", prefillPolicy);
            policy(prefillPolicy);
            DataChecks.required("tokenBudget", tokenBudget);
            DataChecks.atLeastOne("tokenBudget", tokenBudget);
            DataChecks.required("kvBlockTokens", kvBlockTokens);
            DataChecks.atLeastOne("kvBlockTokens", kvBlockTokens);
            DataChecks.required("requestOverheadSeconds", requestOverheadSeconds);
            DataChecks.nonNegative("requestOverheadSeconds", requestOverheadSeconds);
            DataChecks.atLeastOne("promptsPerPrefillStep", promptsPerPrefillStep);
            DataChecks.atLeastOne("servedPromptsPerPrefillStep", servedPromptsPerPrefillStep);
            DataChecks.positive("kvTransferBytesPerSecond", kvTransferBytesPerSecond);
            DataChecks.required("estimate", estimate);
            DataChecks.required("sources", sources);
            DataChecks.required("informedBy", informedBy);
        }
    }

    private final Map<String, StackScheduler> stacks;

    private StackSchedulers(Map<String, StackScheduler> stacks) {
        this.stacks = Map.copyOf(stacks);
    }

    public static StackSchedulers builtIn() {
        return BuiltIn.SCHEDULERS;
    }

    /** @throws DataFileException naming the file, key and line of the first schema error */
    public static StackSchedulers parse(InputStream json, String file) {
        return of(DataFileReader.read(json, file, FileShape.class));
    }

    private static StackSchedulers of(FileShape shape) {
        Map<String, StackScheduler> parsed = new LinkedHashMap<>();
        shape.stacks().forEach((id, e) -> {
            int prompts = e.promptsPerPrefillStep() == null ? SchedulerConfig.ANY_PROMPTS : e.promptsPerPrefillStep();
            int served = e.servedPromptsPerPrefillStep() == null ? prompts : e.servedPromptsPerPrefillStep();
            parsed.put(id, new StackScheduler(id, policy(e.prefillPolicy()), e.tokenBudget(), e.kvBlockTokens(),
                    e.requestOverheadSeconds(), prompts, served,
                    e.kvTransferBytesPerSecond() == null ? 0 : e.kvTransferBytesPerSecond(), e.estimate(), e.sources(),
                    e.informedBy()));
        });
        return new StackSchedulers(parsed);
    }

    public Optional<StackScheduler> find(String stack) {
        return Optional.ofNullable(stacks.get(stack));
    }

    private static PrefillPolicy policy(String text) {
        return Arrays.stream(PrefillPolicy.values()).filter(p -> p.label().equals(text.toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new InvalidInputException("prefillPolicy", text, "not one of "
                        + Arrays.stream(PrefillPolicy.values()).map(PrefillPolicy::label).collect(Collectors.joining(", "))));
    }

    private static final class BuiltIn {
        static final StackSchedulers SCHEDULERS = of(DataFileReader.resource(RESOURCE, FileShape.class));
    }
}
