package com.inferplan.backend.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.inferplan.engine.transport.TransportProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One published statement of the Codex-Spark case beside what the explorer models for the same
 * thing; {@code modelled} is null where a candidate it needs does not fit (or was edited away).
 */
public record PublishedClaim(String claim, String published, String modelled, FigureIs figureIs, String how,
                             String source, String url) {

    /**
     * Where the "modelled" figure comes from, so nobody reads a figure built from the publication as an
     * independent confirmation of it (issue 13).
     */
    public enum FigureIs {
        /** Taken from the publication: the model is built from it, so it matches by construction. */
        @JsonProperty("input-from-publication") INPUT_FROM_PUBLICATION("Input taken from the publication"),
        /** Computed by the engine from task shapes that were sized so the published minutes come out. */
        @JsonProperty("computed-from-sized-inputs") COMPUTED_FROM_SIZED_INPUTS(
                "Computed by the engine from inputs sized to the publication"),
        /** Computed by the engine's performance model; nothing in it was fitted to this figure. */
        @JsonProperty("computed-by-engine") COMPUTED_BY_ENGINE("Computed by the engine");

        private final String words;

        FigureIs(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    static final String OPENAI = "OpenAI, \"Introducing GPT-5.3-Codex-Spark\", 2026-02-12";
    static final String OPENAI_URL = "https://openai.com/index/introducing-gpt-5-3-codex-spark/";
    static final String SNAKE = "aihola, \"OpenAI Codex-Spark on Cerebras\" (snake-game demo)";
    static final String SNAKE_URL = "https://aihola.com/article/openai-codex-spark-cerebras";
    static final String HOLTER = "Adam Holter, \"GPT-5.3-Codex-Spark: 1000 tokens per second\"";
    static final String TASK_SHAPES = "Each option's speed on its replica, over task turns assumed so that the"
            + " published minutes come out (decision 0405).";
    static final String HOLTER_URL =
            "https://adam.holter.com/gpt-5-3-codex-spark-1000-tokens-per-second-but-is-it-actually-faster/";

    /**
     * The claims against the answer shown for {@link PublishedExample#scenario()} (possibly edited since) and
     * against the same scenario at {@link PublishedExample#usualGpuService}: the compact model on the wafer
     * as shown, the large model on GPUs as GPU fleets are usually run.
     */
    public static List<PublishedClaim> against(ScenarioResults shown, ScenarioResults usualGpuService) {
        Optional<CandidateResult> compact = fitting(shown, PublishedExample.COMPACT_ON_WAFER);
        Optional<CandidateResult> large = fitting(usualGpuService, PublishedExample.LARGE_ON_GPU);
        List<PublishedClaim> claims = new ArrayList<>();
        claims.add(new PublishedClaim("Compact coding model on Cerebras WSE-3, tokens/s per user", "> 1,000",
                compact.map(c -> Wording.rate(c.latency().tokensPerSecondPerUser().value()) + " (" + c.label(true) + ")")
                        .orElse(null), FigureIs.COMPUTED_BY_ENGINE, "The performance model under the simulated load;"
                        + " nothing fitted to the published figure.",
                OPENAI, OPENAI_URL));
        claims.add(new PublishedClaim("Large model on GPUs, tokens/s per user", "65–70",
                large.map(c -> Wording.rate(c.latency().tokensPerSecondPerUser().value()) + " (" + c.label(true) + ")")
                        .orElse(null), FigureIs.COMPUTED_BY_ENGINE, "The performance model: DeepSeek-V3 on B200 under"
                        + " load at TPOT p90 ≤ 20 ms.", HOLTER, HOLTER_URL));
        claims.add(new PublishedClaim("Long agentic task (SWE-Bench Pro), minutes: compact vs large", "2–3 vs 15–17",
                pair(compact, large, 1, 1), FigureIs.COMPUTED_FROM_SIZED_INPUTS, TASK_SHAPES, OPENAI, OPENAI_URL));
        claims.add(new PublishedClaim("Short demo (snake game), seconds: compact vs large", "~9 vs ~43",
                pair(compact, large, 0, 60), FigureIs.COMPUTED_FROM_SIZED_INPUTS, TASK_SHAPES, SNAKE, SNAKE_URL));
        TransportProfile http = TransportProfile.httpSse();
        TransportProfile ws = TransportProfile.webSocket();
        claims.add(transport("API overhead per client/server round trip", "−80%", http.roundTripOverheadSeconds(),
                ws.roundTripOverheadSeconds()));
        claims.add(transport("Streaming overhead per token", "−30%", http.perTokenOverheadSeconds(),
                ws.perTokenOverheadSeconds()));
        claims.add(transport("API work before the first token", "−50%", http.timeToFirstTokenOverheadSeconds(),
                ws.timeToFirstTokenOverheadSeconds()));
        return claims;
    }

    private static Optional<CandidateResult> fitting(ScenarioResults results, int index) {
        return results.candidates().stream().filter(c -> c.index() == index && c.fits()).findFirst();
    }

    /** Task {@code task} (0 interactive edit, 1 long run) in minutes × {@code scale}, compact vs large. */
    private static String pair(Optional<CandidateResult> compact, Optional<CandidateResult> large, int task,
                               double scale) {
        Optional<String> a = compact.flatMap(c -> taskValue(c, task, scale));
        Optional<String> b = large.flatMap(c -> taskValue(c, task, scale));
        return a.isPresent() && b.isPresent() ? a.get() + " vs " + b.get() : null;
    }

    private static Optional<String> taskValue(CandidateResult c, int task, double scale) {
        Figure minutes = c.tasks().size() > task ? c.tasks().get(task).minutes() : null;
        return Optional.ofNullable(minutes).map(m -> String.format(Locale.ROOT, "%.1f", m.value() * scale));
    }

    private static PublishedClaim transport(String what, String cut, double httpSeconds, double wsSeconds) {
        String modelled = Wording.ms(httpSeconds * 1000) + " → " + Wording.ms(wsSeconds * 1000) + " ("
                + Math.round(100 * (wsSeconds / httpSeconds - 1)) + "%)";
        return new PublishedClaim(what + ", HTTP/SSE → WebSocket", cut, modelled, FigureIs.INPUT_FROM_PUBLICATION,
                "The WebSocket profile is built from this cut (decision 0404): it matches by construction.",
                OPENAI, OPENAI_URL);
    }
}
