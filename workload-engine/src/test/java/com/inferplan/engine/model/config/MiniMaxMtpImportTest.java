package com.inferplan.engine.model.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.inferplan.engine.model.ModelArchitecture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** MiniMax M2.x states its MTP draft as modules of transformer layers (read from the copies in ../shared). */
class MiniMaxMtpImportTest {

    private static final Path M25 = Path.of("../../shared/data/model-configs/aic/MiniMaxAI--MiniMax-M2.5_config.json");

    @Test
    void threeModulesOfOneTransformerLayerAreThreeMtpLayers() throws IOException {
        // use_mtp true, num_mtp_modules 3, mtp_transformer_layers 1 → 3 · 1
        assertThat(imported(Files.readString(M25)).mtpLayers()).isEqualTo(3);
    }

    @Test
    void modulesOfSeveralLayersMultiply() throws IOException {
        String twoLayerModules = Files.readString(M25).replace("\"mtp_transformer_layers\": 1", "\"mtp_transformer_layers\": 2");
        assertThat(imported(twoLayerModules).mtpLayers()).isEqualTo(6);
    }

    @Test
    void useMtpFalseMeansNoMtpLayers() throws IOException {
        String off = Files.readString(M25).replace("\"use_mtp\": true", "\"use_mtp\": false");
        assertThat(imported(off).mtpLayers()).isZero();
    }

    @Test
    void deepSeeksFieldWinsWhereBothAreStated() throws IOException {
        // MiniMax M3's config states num_nextn_predict_layers 1 beside num_mtp_modules 7
        String both = Files.readString(M25).replace("\"num_mtp_modules\": 3", "\"num_mtp_modules\": 7, \"num_nextn_predict_layers\": 1");
        assertThat(imported(both).mtpLayers()).isEqualTo(1);
    }

    private static ModelArchitecture imported(String json) {
        return HuggingFaceConfigImporter.importConfig(json, "minimax-m2.5", "MiniMax M2.5");
    }
}
