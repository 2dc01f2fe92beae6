package com.inferplan.engine.model.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.inferplan.engine.model.ModelCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Built-in entries agree with the published configs they cite, read from the copies in ../shared. */
class BuiltInImportTest {

    private static final Path CONFIGS = Path.of("../../shared/data/model-configs");

    @ParameterizedTest(name = "{1}")
    @CsvSource({
        "aic/moonshotai--Kimi-K2.5_config.json, kimi-k2.5",
        "aic/moonshotai--Kimi-K2-Instruct_config.json, kimi-k2",
        "aic/deepseek-ai--DeepSeek-V3.2_config.json, deepseek-v3.2",
        "aic/zai-org--GLM-5_config.json, glm-5",
        "aic/meta-llama--Llama-4-Scout-17B-16E-Instruct_config.json, llama-4-scout",
        "aic/MiniMaxAI--MiniMax-M2.5_config.json, minimax-m2.5",
        "aic/MiniMaxAI--MiniMax-M2.7_config.json, minimax-m2.7",
    })
    void thePublishedConfigImportsAsTheBuiltInEntry(String file, String id) throws IOException {
        var builtIn = ModelCatalog.builtIn().require(id);
        var imported = HuggingFaceConfigImporter.importConfig(Files.readString(CONFIGS.resolve(file)), id,
                builtIn.displayName());
        assertThat(imported.toString()).isEqualTo(builtIn.toString());
    }
}
