package com.inferplan.engine.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.inferplan.engine.model.AttentionWindow;
import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.profile.Operator;
import com.inferplan.engine.profile.OperatorGroup;
import com.inferplan.engine.profile.ProfileRequest;
import com.inferplan.engine.profile.Profiler;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tiny Gemma 4 models that {@link ProfileMatchesExecutionTest} runs really have the features the
 * profile and the executor must agree on, so the agreement is not the trivial one of both lacking them.
 */
class Gemma4TinyModelsTest {

    @Test
    void theMoeModelsFullLayersUseKeysAsValuesAndItsExpertsSitBesideTheDenseMlp() {
        ModelArchitecture a = TinyModels.get("gemma4-moe");
        assertThat(a.projectsValuesOn(AttentionWindow.FULL)).isFalse();
        assertThat(a.kvWidthOn(AttentionWindow.FULL)).isEqualTo(16);
        assertThat(a.kvWidthOn(AttentionWindow.sliding(3))).isEqualTo(16);
        assertThat(a.queryWidthOn(AttentionWindow.FULL)).isEqualTo(2 * a.queryWidthOn(AttentionWindow.sliding(3)));
        assertThat(operators(a, "moe.full")).contains("v_norm", "router_norm", "post_mlp_norm_1", "expert_norm",
                "post_expert_norm", "moe_combine", "post_attn_norm", "post_mlp_norm").doesNotContain("v_proj");
        assertThat(operators(a, "moe.sliding3")).contains("v_proj");
    }

    @Test
    void theDenseModelsFullLayersKeepTheSlidingKvHeadsAndAValueProjection() {
        ModelArchitecture a = TinyModels.get("gemma4-dense");
        assertThat(a.isMoe()).isFalse();
        assertThat(a.kvHeadsOn(AttentionWindow.FULL)).isEqualTo(2);
        assertThat(a.headDimOn(AttentionWindow.FULL)).isEqualTo(16);
        assertThat(operators(a, "dense.full")).contains("v_proj", "v_norm");
    }

    private static List<String> operators(ModelArchitecture a, String group) {
        OperatorGroup g = Profiler.profile(a, ProfileRequest.decode(1, 4)).groups().stream()
                .filter(x -> x.name().equals(group)).findFirst().orElseThrow();
        return g.operators().stream().map(Operator::name).toList();
    }
}
