package com.inferplan.ui.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.inferplan.backend.portfolio.PortfolioAnswer;
import com.inferplan.backend.portfolio.PortfolioAnswer.CostSpread;
import com.inferplan.backend.portfolio.PortfolioAnswer.PoolAnswer;
import com.inferplan.backend.portfolio.PortfolioAnswer.PoolTier;
import com.inferplan.backend.portfolio.PortfolioAnswer.Swing;
import com.inferplan.backend.portfolio.PortfolioAnswer.TierAnswer;
import com.inferplan.ui.portfolio.PortfolioComparison.Column;
import com.inferplan.ui.portfolio.PortfolioComparison.Row;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The figures the portfolio view prints and charts, from hand-made answers. */
class PortfolioViewFiguresTest {

    private static PoolAnswer pool(String id, String vendor, int units, double usdPerMonth) {
        return new PoolAnswer(id, id + " pool", "hw-" + id, "HW " + id, vendor, "node", 8, units, usdPerMonth,
                usdPerMonth / Math.max(units, 1), 0, "catalog default", 0.1, List.of(new PoolTier("chat", 1, 1, 0.5)),
                List.of());
    }

    private static PortfolioAnswer answer(boolean feasible, double total, List<PoolAnswer> pools,
                                          Map<String, Double> shares, CostSpread spread) {
        TierAnswer chat = new TierAnswer("chat", "Chat", "llama", 1000, 1e9, total, total / 1000, 300.0, 20.0,
                feasible, "p90 TTFT ≤ 1,000 ms, TPOT ≤ 50 ms", pools.stream().map(PoolAnswer::id).toList(), "cheapest");
        return new PortfolioAnswer(feasible, total, total / 1000, pools, List.of(chat), feasible ? 0.2 : null, shares,
                List.of(), feasible ? List.of() : List.of("chat cannot be met"), spread, List.of(), List.of());
    }

    @Test
    void monthlyBillsReadInMillionsWithFourDigitsAndMissingFiguresAsADash() {
        // 1,635,555.56 / 1e6 = 1.6356 → four significant digits "1.636"
        assertThat(PortfolioText.usdPerMonth(1_635_555.56)).isEqualTo("$1.636 M/month");
        assertThat(PortfolioText.usdPerMonth(21_900)).isEqualTo("$21,900.00/month");
        // 0.416355 → 41.6355% → two decimals above 10: "41.64%"
        assertThat(PortfolioText.percent(0.416355)).isEqualTo("41.64%");
        assertThat(PortfolioText.usdPerMillion(null)).isEqualTo("—");
        assertThat(PortfolioText.megawatts(null)).isEqualTo("—");
        assertThat(PortfolioText.usd(Double.NaN)).isEqualTo("n/a");
    }

    @Test
    void comparisonMarksWhatDiffersAndAPoolAPortfolioLacksReadsADash() {
        PortfolioAnswer mixed = answer(true, 2_000_000, List.of(pool("cs3", "Cerebras", 48, 1_500_000),
                pool("b200", "NVIDIA", 2, 500_000)), Map.of("Cerebras", 0.75, "NVIDIA", 0.25), null);
        PortfolioAnswer gpus = answer(false, 0, List.of(pool("b200", "NVIDIA", 0, 0)), Map.of("NVIDIA", 0.0), null);

        PortfolioComparison c = PortfolioComparison.of(List.of(new Column("Mix", mixed), new Column("All GPUs", gpus)));

        assertThat(c.labels()).containsExactly("Mix", "All GPUs");
        Row feasible = row(c, "Feasible");
        assertThat(feasible.values()).containsExactly("yes", "no: chat cannot be met");
        assertThat(feasible.differs()).isTrue();
        assertThat(row(c, "Pool cs3").values()).containsExactly("48 × node, $1.5 M/month", "—");
        assertThat(row(c, "Spend with Cerebras").values()).containsExactly("75%", "—");
        assertThat(row(c, "Binding constraints").differs()).isFalse();
    }

    @Test
    void vendorBarsArePercentWithTheLargestOnTopAndTheTornadoIsChangeFromTheBase() {
        Map<String, Double> shares = new LinkedHashMap<>();
        shares.put("NVIDIA", 0.25);
        shares.put("Cerebras", 0.75);
        JsonNode bars = PortfolioCharts.vendorShares(shares);
        // ECharts draws the first category at the bottom: ascending order puts the largest share on top
        assertThat(bars.at("/yAxis/data").toString()).isEqualTo("[\"NVIDIA\",\"Cerebras\"]");
        assertThat(bars.at("/series/0/data").toString()).isEqualTo("[25.0,75.0]");

        // base 1,000,000; price: 800,000–1,300,000 (swing 500,000), power: 950,000–1,100,000 (swing 150,000)
        CostSpread spread = new CostSpread(900_000, 1_000_000, 1_200_000, 2000, List.of(
                new Swing("price", "low", "high", 800_000, 1_300_000),
                new Swing("power", "low", "high", 950_000, 1_100_000)));
        JsonNode tornado = PortfolioCharts.tornado(spread, 1_000_000);
        assertThat(tornado.at("/yAxis/data").toString()).isEqualTo("[\"power\",\"price\"]");
        assertThat(tornado.at("/series/0/data").toString()).isEqualTo("[-50000.0,-200000.0]");
        assertThat(tornado.at("/series/1/data").toString()).isEqualTo("[100000.0,300000.0]");
    }

    private static Row row(PortfolioComparison c, String label) {
        return c.rows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }
}
