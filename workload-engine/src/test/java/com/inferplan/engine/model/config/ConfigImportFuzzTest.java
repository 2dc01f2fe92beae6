package com.inferplan.engine.model.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.inferplan.engine.model.ParameterCount;
import com.inferplan.engine.testing.JsonMutations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hostile and broken config.json files (issue 16): every one either imports into a model whose
 * counts compute, or fails with a {@link ModelConfigException} naming each bad field, or (sizes that
 * overflow) an {@link IllegalArgumentException} saying so. Nothing else may escape to a caller.
 */
class ConfigImportFuzzTest {

    private static final Path CONFIGS = Path.of("../../shared/data/model-configs");

    @Test
    void everyMutatedConfigImportsOrNamesItsBadFields() throws IOException {
        List<String> failures = new ArrayList<>();
        int tried = 0;
        int refused = 0;
        for (String file : List.of("meta-llama__Meta-Llama-3-8B.json", "mistralai__Mixtral-8x22B-v0.1.json",
                "moonshotai__Kimi-K2-Instruct.json", "Qwen__Qwen3.5-397B-A17B.json")) {
            String valid = Files.readString(CONFIGS.resolve(file));
            for (String config : JsonMutations.of(valid, 300, file.hashCode())) {
                tried++;
                try {
                    ParameterCount.of(HuggingFaceConfigImporter.importConfig(config, "fuzz", "Fuzz"));
                } catch (ModelConfigException e) {
                    refused++;
                    if (e.errors().stream().anyMatch(error -> error.field() == null || error.field().isBlank())) {
                        failures.add(file + ": unnamed field in " + e.getMessage());
                    }
                } catch (IllegalArgumentException e) {
                    refused++;
                    if (e.getMessage() == null || e.getMessage().isBlank()) {
                        failures.add(file + ": " + e.getClass().getSimpleName() + " without a message");
                    }
                } catch (RuntimeException e) {
                    failures.add(file + ": " + e + " <- " + config.substring(0, Math.min(200, config.length())));
                }
            }
        }
        System.out.println("ConfigImportFuzzTest: " + tried + " configs tried, " + refused + " refused with a reason");
        assertThat(failures).isEmpty();
    }
}
