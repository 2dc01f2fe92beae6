package com.inferplan.backend.serving;

import com.inferplan.backend.serving.AgenticTaskRequest.Option;
import com.inferplan.backend.serving.AgenticTaskRequest.StatedSpeed;
import com.inferplan.engine.transport.TransportProfile;
import com.inferplan.pricing.catalog.ApiPrice;
import com.inferplan.pricing.catalog.PricingCatalog;
import java.util.List;

/**
 * The published case behind the agentic-task model: OpenAI's GPT-5.3-Codex-Spark on Cerebras WSE-3
 * against GPT-5.3-Codex on GPUs (docs/decisions/0404 and 0405 list the sources and the arithmetic).
 * Speeds, transport cuts, wall times and pass rates are the published figures; the first-token and
 * prefill figures are the assumptions of 0405. Spark has no published API price (research preview), so
 * both options are priced at GPT-5.3-Codex's list price and the comparison isolates time and pass rate.
 */
public final class CodexSparkCase {

    public static final Source OPENAI = new Source("OpenAI, \"Introducing GPT-5.3-Codex-Spark\" (2026-02-12)",
            "https://openai.com/index/introducing-gpt-5-3-codex-spark/", "vendor-published");
    public static final Source SNAKE_DEMO = new Source("aihola, \"OpenAI Codex-Spark on Cerebras\" (snake-game demo)",
            "https://aihola.com/article/openai-codex-spark-cerebras", "third-party");
    public static final Source LARGE_SPEED = new Source("Adam Holter, \"GPT-5.3-Codex-Spark: 1000 tokens per second\"",
            "https://adam.holter.com/gpt-5-3-codex-spark-1000-tokens-per-second-but-is-it-actually-faster/",
            "third-party");
    public static final Source PASS_RATES = new Source("The Decoder, Terminal-Bench 2.0: Spark 58.4%, GPT-5.3-Codex 77.3%",
            "https://the-decoder.com/openai-has-yet-another-new-coding-model-and-this-time-its-really-fast",
            "third-party");

    /** The catalog id of the price both options pay. */
    static final String PRICED_AS = "gpt-5.3-codex";

    private CodexSparkCase() {
    }

    /** The two options on a preset task: Spark over a persistent WebSocket, Codex over HTTP/SSE. */
    public static AgenticTaskRequest request(String preset) {
        ApiPrice price = price();
        Option spark = new Option("GPT-5.3-Codex-Spark on Cerebras WSE-3", null, null, null, null,
                new StatedSpeed(1_000.0, 0.3, 20_000.0), "websocket", 0.584, price.usdPerMillionInput(),
                price.usdPerMillionCachedInput(), price.usdPerMillionOutput());
        Option codex = new Option("GPT-5.3-Codex on GPUs", null, null, null, null,
                new StatedSpeed(67.0, 1.0, 5_000.0), "http", 0.773, price.usdPerMillionInput(),
                price.usdPerMillionCachedInput(), price.usdPerMillionOutput());
        return new AgenticTaskRequest(new AgenticTaskRequest.Task(preset, null, null, null), List.of(spark, codex));
    }

    public static ApiPrice price() {
        return PricingCatalog.builtIn().apiPrices(PRICED_AS).get(0);
    }

    /** Published wall time of each preset's case for the compact and the large model, seconds. */
    public static List<PublishedTaskTime> taskTimes() {
        return List.of(
                new PublishedTaskTime("long-agentic-run", "SWE-Bench Pro task", 120, 180, 900, 1_020, OPENAI),
                new PublishedTaskTime("interactive-edit", "snake-game demo", 9, 9, 43, 43, SNAKE_DEMO));
    }

    /** The published WebSocket cuts beside the modelled HTTP/SSE and WebSocket figures they produce. */
    public static List<TransportCut> transportCuts() {
        TransportProfile http = TransportProfile.httpSse();
        TransportProfile webSocket = TransportProfile.webSocket();
        return List.of(
                new TransportCut("API overhead per client/server round trip", 80,
                        http.roundTripOverheadSeconds(), webSocket.roundTripOverheadSeconds()),
                new TransportCut("Streaming overhead per token", 30,
                        http.perTokenOverheadSeconds(), webSocket.perTokenOverheadSeconds()),
                new TransportCut("API work before the first token", 50,
                        http.timeToFirstTokenOverheadSeconds(), webSocket.timeToFirstTokenOverheadSeconds()));
    }

    public record Source(String title, String url, String status) {
    }

    /** Wall-time ranges in seconds (low = high where one figure was published). */
    public record PublishedTaskTime(String preset, String caseName, double compactLowSeconds,
                                    double compactHighSeconds, double largeLowSeconds, double largeHighSeconds,
                                    Source source) {
    }

    public record TransportCut(String what, double publishedCutPercent, double httpSeconds, double webSocketSeconds) {

        public double modelledCutPercent() {
            return 100 * (1 - webSocketSeconds / httpSeconds);
        }
    }
}
