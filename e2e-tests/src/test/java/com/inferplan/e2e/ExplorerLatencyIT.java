package com.inferplan.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The explorer as a person uses it, timed in the browser: 22 changes of preset, model, hardware, deal and
 * SLO, each a scenario not seen before (no cached answer). For each change the page records when the
 * value was committed (the field's change event), when the headline showed the new answer and when both
 * charts drew, and whether the progress strip appeared, when, and whether it moved the headline. Prints
 * one line per change and the summary; targets (issue 15): headline ≤ 150 ms median and ≤ 300 ms p95,
 * charts ≤ 300 ms median, no strip before 300 ms or after the answer, first answer on / ≤ 2 s.
 */
class ExplorerLatencyIT extends BrowserJourney {

    private static final String PROBE = """
            () => {
              const b = window.__bench = { armed: 0, t0: null, headline: null, charts: {}, strip: null,
                stripAfterAnswer: false, headTop: 0, moved: 0 };
              const h = document.getElementById('explorer-headline');
              b.arm = () => { Object.assign(b, { armed: performance.now(), t0: null, headline: null, headlineDom: null, charts: {},
                strip: null, stripAfterAnswer: false, headTop: h.getBoundingClientRect().top, moved: 0, reported: false }); };
              // The person's commit is the field's own change event; an inner <input> also fires one while text is typed.
              document.addEventListener('change', e => { if (b.t0 === null && e.target.tagName.startsWith('VAADIN-')) b.t0 = performance.now(); }, true);
              // Told to the test through the console, so the test evaluates nothing in the page while it answers.
              b.report = () => { if (b.headline !== null && Object.keys(b.charts).length === 2 && !b.reported) {
                b.reported = true; console.log('ipx-bench-done'); } };
              // On screen: the frame after the update, once whatever ran in the same task (Vaadin's DOM changes) is done.
              new MutationObserver(() => { const armed = b.armed; if (b.headlineDom === null) b.headlineDom = performance.now();
                  requestAnimationFrame(() => { if (b.headline === null && b.armed === armed) { b.headline = performance.now(); b.report(); } }); })
                .observe(h, { attributes: true, attributeFilter: ['data-revision'] });
              for (const c of document.querySelectorAll('#explorer-pareto, #explorer-cost')) {
                new MutationObserver(() => { const armed = b.armed;
                    requestAnimationFrame(() => { if (b.armed === armed) { b.charts[c.id] = performance.now(); b.report(); } }); })
                  .observe(c, { attributes: true, attributeFilter: ['data-revision'] });
              }
              // A component hidden from the start reaches the page without its id until first shown: watch the main column.
              new MutationObserver(() => {
                const p = document.getElementById('explorer-progress');
                if (!p || p.hidden || b.strip !== null) return;
                b.strip = performance.now();
                b.stripAfterAnswer = b.headline !== null;
                b.moved = Math.abs(h.getBoundingClientRect().top - b.headTop);
              }).observe(document.querySelector('.ipx-main'), { attributes: true, subtree: true, attributeFilter: ['hidden', 'id'] });
            }""";

    /** Before the page loads: when push messages arrive, and the page's long tasks (main thread busy ≥ 50 ms). */
    private static final String WIRE = """
            (() => { const W = window.WebSocket; const wire = window.__wire = { received: [], longTasks: [] };
              window.WebSocket = function (...args) { const s = new W(...args);
                s.addEventListener('message', e => { const text = String(e.data);
                  wire.received.push([performance.now(), text.length]);
                  if (!wire.largest || text.length > wire.largest.length) wire.largest = text; }); return s; };
              window.WebSocket.prototype = W.prototype;
              for (const k of ['CONNECTING', 'OPEN', 'CLOSING', 'CLOSED']) window.WebSocket[k] = W[k];
              new PerformanceObserver(l => l.getEntries().forEach(e => wire.longTasks.push([e.startTime, e.duration])))
                .observe({ type: 'longtask', buffered: true }); })()""";

    /**
     * Where one change's time went: the change's request (uidl round trip, from resource timing), the
     * first push message after it, the push that carried the headline, and main-thread long tasks.
     */
    private static final String SPLIT = """
            () => { const b = window.__bench, w = window.__wire, t0 = b.t0 ?? b.armed;
              const uidl = performance.getEntriesByType('resource').filter(e => e.name.includes('v-r=uidl')
                && e.startTime >= t0 - 5).map(e => e.responseEnd - t0);
              const inWindow = w.received.filter(([t]) => t >= t0 && t <= b.headline + 1);
              const pushes = inWindow.map(([t]) => t - t0);
              const pushChars = inWindow.reduce((a, [, n]) => a + n, 0);
              const busy = w.longTasks.filter(([s, d]) => s + d >= t0 && s <= b.headline).reduce((a, [, d]) => a + d, 0);
              return [uidl.length ? uidl[0] : -1, pushes.length ? pushes[0] : -1,
                pushes.length ? pushes[pushes.length - 1] : -1, busy,
                Number(document.querySelector('.ipx-answer').dataset.serverMsChange ?? -1),
                Number(document.querySelector('.ipx-answer').dataset.serverMsLockWait ?? -1),
                Number(document.querySelector('.ipx-answer').dataset.serverMsShow ?? -1), pushChars,
                // Same machine, same clock: when the server saw the change and finished the answer, after t0.
                Number(document.querySelector('.ipx-answer').dataset.serverMsChangeAt ?? 0) - (performance.timeOrigin + t0),
                Number(document.querySelector('.ipx-answer').dataset.serverMsShownAt ?? 0) - (performance.timeOrigin + t0),
                b.headlineDom - t0]; }""";

    private static final String RESULT = """
            () => { const b = window.__bench, t0 = b.t0 ?? b.armed;
              return [b.t0 === null ? 1 : 0, b.headline - t0, Math.max(...Object.values(b.charts)) - t0,
                b.strip === null ? -1 : b.strip - t0, b.stripAfterAnswer ? 1 : 0, b.moved,
                Number(document.querySelector('.ipx-answer').dataset.serverMsAnswer ?? -1),
                Number(document.querySelector('.ipx-answer').dataset.serverMsFrontiers ?? -1)]; }""";

    record Change(String what, Consumer<Page> act) {
    }

    @Test
    void twentyTwoChangesAnswerWithinTheBudget() {
        double firstRenderMs = firstRender();
        page.addInitScript(WIRE);
        open("/");
        assertThat(page.locator("#explorer-headline")).not().isEmpty();
        assertThat(page.locator("#explorer-pareto")).hasAttribute("data-rendered", "true");
        page.evaluate(PROBE);
        // -Dbench.trace=FILE writes a Chromium performance trace of the changes (it slows the page: figures only without it).
        String trace = System.getProperty("bench.trace");
        if (trace != null) {
            page.context().browser().startTracing(page, new Browser.StartTracingOptions().setPath(Paths.get(trace)));
        }
        List<double[]> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Change c : changes()) {
            page.evaluate("() => window.__bench.arm()");
            // Waiting on the console, not by polling the page: Playwright's own scripts took 50-170 ms of the
            // page's main thread each (Chromium trace), time a person's browser does not spend (decision 0717).
            page.waitForConsoleMessage(new Page.WaitForConsoleMessageOptions().setTimeout(60_000)
                    .setPredicate(m -> m.text().equals("ipx-bench-done")), () -> c.act().accept(page));
            page.waitForTimeout(150); // a strip scheduled late would show up here
            double[] r = toDoubles((List<?>) page.evaluate(RESULT));
            double[] w = toDoubles((List<?>) page.evaluate(SPLIT));
            rows.add(r);
            System.out.printf("  when (ms after the change): server sees it %.0f, server has built the answer %.0f, headline in the page %.0f%n",
                    w[8], w[9], w[10]);
            System.out.printf("  where: change request back %.0f ms (view's handling %.0f ms), server: wait for the UI %.0f ms,"
                    + " build the answer %.0f ms; first push %.0f ms, headline push %.0f ms (%.0f kB), main thread busy %.0f ms%n",
                    w[0], w[4], w[5], w[6], w[1], w[2], w[7] / 1000, w[3]);
            System.out.printf("explorer change %-30s headline %5.0f ms (server %4.0f)  charts %5.0f ms (frontiers %4.0f)"
                    + "  strip %s%s%n", c.what(), r[1], r[6], r[2], r[7], r[3] < 0 ? "none" : String.format("at %.0f ms", r[3]),
                    r[0] == 1 ? "  (timed from click)" : "");
            if (r[3] >= 0 && (r[3] < 300 || r[4] == 1 || r[5] > 0.5)) {
                problems.add(c.what() + ": strip at " + r[3] + " ms, after answer " + (r[4] == 1) + ", moved " + r[5] + " px");
            }
        }
        // The largest push, for a person to see what the page is sent (kept beside the screenshots).
        try {
            java.nio.file.Files.createDirectories(artifactsDir());
            java.nio.file.Files.writeString(artifactsDir().resolve("explorer-largest-push.txt"),
                    String.valueOf(page.evaluate("() => window.__wire.largest")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        double[] headline = rows.stream().mapToDouble(r -> r[1]).sorted().toArray();
        double[] charts = rows.stream().mapToDouble(r -> r[2]).sorted().toArray();
        double[] server = rows.stream().mapToDouble(r -> r[6]).sorted().toArray();
        double[] sweeps = rows.stream().mapToDouble(r -> r[7]).sorted().toArray();
        System.out.printf("explorer server: answer median %.0f ms, p95 %.0f ms; frontiers median %.0f ms, p95 %.0f ms%n",
                percentile(server, 50), percentile(server, 95), percentile(sweeps, 50), percentile(sweeps, 95));
        if (trace != null) {
            page.context().browser().stopTracing();
        }
        System.out.printf("explorer %d changes: headline median %.0f ms, p95 %.0f ms, max %.0f ms; charts median %.0f ms,"
                        + " p95 %.0f ms; first answer on / %.0f ms after navigation; load average %s%n", rows.size(),
                percentile(headline, 50), percentile(headline, 95), headline[headline.length - 1],
                percentile(charts, 50), percentile(charts, 95), firstRenderMs, loadAverage());
        if (Boolean.parseBoolean(System.getProperty("bench.assert", "true"))) {
            assertTrue(percentile(headline, 50) <= 150, "headline median " + percentile(headline, 50));
            assertTrue(percentile(headline, 95) <= 300, "headline p95 " + percentile(headline, 95));
            assertTrue(percentile(charts, 50) <= 300, "charts median " + percentile(charts, 50));
            assertTrue(firstRenderMs <= 2000, "first render " + firstRenderMs);
            assertTrue(problems.isEmpty(), String.join("\n", problems));
        }
    }

    /** Milliseconds from navigating to / in a freshly signed-in browser to its headline on screen. */
    private double firstRender() {
        Page fresh = newContext().newPage();
        fresh.addInitScript("""
                (() => { const look = () => { const h = document.getElementById('explorer-headline');
                  if (h && h.textContent.trim()) { window.__firstAnswer = performance.now(); return; }
                  requestAnimationFrame(look); }; requestAnimationFrame(look); })()""");
        fresh.navigate(app.url("/"));
        fresh.waitForFunction("() => window.__firstAnswer !== undefined", null,
                new Page.WaitForFunctionOptions().setTimeout(60_000));
        double ms = ((Number) fresh.evaluate("() => window.__firstAnswer")).doubleValue();
        fresh.context().close();
        return ms;
    }

    private static List<Change> changes() {
        return List.of(
                new Change("model qwen3-coder", p -> pick(p, "in-model", "qwen3-coder-30b-a3b")),
                new Change("preset interactive coding", p -> choose(p, "in-preset", "Interactive coding")),
                new Change("preset long agentic", p -> choose(p, "in-preset", "Long agentic runs")),
                new Change("preset batch", p -> choose(p, "in-preset", "Batch")),
                new Change("preset chat", p -> choose(p, "in-preset", "Chat")),
                new Change("option 1 hardware H200", p -> pick(p, "cand-0-hardware", "nvidia-h200-sxm")),
                new Change("option 2 hardware CS-3", p -> pick(p, "cand-1-hardware", "cerebras-cs-3")),
                new Change("option 2 deal OpenAI-Cerebras", p -> choose(p, "cand-1-cost", "openai-cerebras")),
                new Change("TTFT 1000 ms", p -> type(p, "in-ttft", "1000")),
                new Change("TPOT 50 ms", p -> type(p, "in-tpot", "50")),
                new Change("judged at p90", p -> choose(p, "in-percentile", "p90")),
                new Change("model llama-3.3-70b", p -> pick(p, "in-model", "llama-3.3-70b")),
                new Change("option 3 hardware B200", p -> pick(p, "cand-2-hardware", "nvidia-b200")),
                new Change("TTFT 3000 ms", p -> type(p, "in-ttft", "3000")),
                new Change("TPOT 150 ms", p -> type(p, "in-tpot", "150")),
                new Change("preset interactive coding", p -> choose(p, "in-preset", "Interactive coding")),
                new Change("model qwen3-coder", p -> pick(p, "in-model", "qwen3-coder-30b-a3b")),
                new Change("option 1 hardware H100", p -> pick(p, "cand-0-hardware", "nvidia-h100-sxm")),
                new Change("preset chat", p -> choose(p, "in-preset", "Chat")),
                new Change("judged at p90", p -> choose(p, "in-percentile", "p90")),
                new Change("option 2 catalog default", p -> choose(p, "cand-1-cost", "Catalog default price")),
                new Change("TTFT 2500 ms", p -> type(p, "in-ttft", "2500")));
    }

    /**
     * Types, waits until the list shows what was typed (Vaadin's combo box sends a filter to the server
     * 500 ms after the last keystroke when it has not loaded its items yet; a person typing an id reads
     * the list before clicking), then clicks: the change is timed from the click.
     */
    private static void pick(Page p, String comboId, String text) {
        p.locator("#" + comboId + " input").fill(text);
        p.waitForFunction("id => { const c = document.getElementById(id); return !c.loading && !c._filterDebouncer; }",
                comboId);
        p.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(text).setVisible(true)).first().click();
    }

    private static void choose(Page p, String selectId, String text) {
        p.locator("#" + selectId).click();
        p.locator("vaadin-select-list-box vaadin-select-item").filter(new Locator.FilterOptions().setHasText(text).setVisible(true)).first().click();
    }

    private static void type(Page p, String fieldId, String value) {
        p.locator("#" + fieldId + " input").fill(value);
        p.locator("#" + fieldId + " input").press("Tab");
    }

    private static double[] toDoubles(List<?> values) {
        return values.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
    }

    /** Nearest-rank percentile of sorted values: p95 of 22 is the 21st (ceil(0.95 × 22) = 21). */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static String loadAverage() {
        try {
            return Arrays.toString(Arrays.copyOf(java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .split(" "), 3));
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
