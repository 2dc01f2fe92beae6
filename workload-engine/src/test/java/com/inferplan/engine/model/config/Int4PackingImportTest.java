package com.inferplan.engine.model.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.inferplan.engine.model.Int4Packing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The INT4 group layout comes from compressed-tensors' weights args (Kimi K2.5's config in ../shared). */
class Int4PackingImportTest {

    private static final Path KIMI = Path.of("../../shared/data/model-configs/aic/moonshotai--Kimi-K2.5_config.json");

    @Test
    void kimiK25StatesGroupsOf32SymmetricWithScalesInTheCheckpointDtype() throws IOException {
        // group_size 32, symmetric true, no scale_dtype: scales in the text config's dtype bfloat16
        assertThat(packing(Files.readString(KIMI))).isEqualTo(new Int4Packing(32, 16, 0));
    }

    @Test
    void aStatedScaleDtypeAndAnAsymmetricSchemeChangeTheLayout() throws IOException {
        String variant = Files.readString(KIMI)
                .replace("\"group_size\": 32", "\"group_size\": 128, \"scale_dtype\": \"torch.float32\"")
                .replace("\"symmetric\": true", "\"symmetric\": false");
        assertThat(packing(variant)).isEqualTo(new Int4Packing(128, 32, 4));
    }

    @Test
    void aPerChannelInt4SchemeKeepsTheGenericFigure() throws IOException {
        String channel = Files.readString(KIMI).replace("\"strategy\": \"group\"", "\"strategy\": \"channel\"");
        assertThat(packing(channel)).isNull();
    }

    private static Int4Packing packing(String json) {
        return HuggingFaceConfigImporter.importConfig(json, "kimi-k2.5", "Kimi K2.5").nativePrecisions().int4Packing();
    }
}
