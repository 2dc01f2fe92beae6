package com.inferplan.pricing.basis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.inferplan.pricing.explain.Explained;
import com.inferplan.pricing.explain.FormulaInput;
import com.inferplan.pricing.param.Parameter;
import com.inferplan.pricing.param.ParameterValues;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PooledChipsTest {

    // 8 decode chips at $10/h and 4 prefill chips at $4/h: the replica pays 80 + 16 = $96/h over 12 chips
    private static final PooledChips POOLS = new PooledChips(new OnDemand(10), 8, new OnDemand(4), 4);

    @Test
    void theReplicaPaysEachPoolsChipsAtTheirOwnRate() {
        assertThat(POOLS.usdPerChipHour(0.5)).isCloseTo(96.0 / 12, within(1e-12));
        Explained e = POOLS.usdPerChipHourPaid(0.5);
        assertThat(e.value()).isCloseTo(8.0, within(1e-12));
        assertThat(e.inputs()).extracting(FormulaInput::name)
                .containsExactly("usdPerChipHour", "prefill.usdPerChipHour", "decodeChips", "prefillChips");
        assertThat(e.inputs().get(1).derivation().inputs()).extracting(FormulaInput::name)
                .containsExactly("prefill.usdPerChipHour");
    }

    @Test
    void thePrefillBasisParametersAreDrawnUnderTheirOwnNames() {
        assertThat(POOLS.parameters()).extracting(Parameter::name)
                .containsExactly("usdPerChipHour", "prefill.usdPerChipHour");
        // a draw that raises only the prefill rate to $6/h: (80 + 24) / 12
        PooledChips drawn = POOLS.withParameters(ParameterValues.ofMap(Map.of("usdPerChipHour", 10.0,
                "prefill.usdPerChipHour", 6.0)));
        assertThat(drawn.usdPerChipHour(0.5)).isCloseTo(104.0 / 12, within(1e-12));
    }
}
