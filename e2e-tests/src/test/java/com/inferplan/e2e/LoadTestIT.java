package com.inferplan.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoadTestIT extends BrowserJourney {

    @Test
    @Order(1)
    void aSmallRunPushesProgressThenShowsKpisChartsAndTheSloLimitedRate() {
        open("/load-test?rate=4&requests=1000&transport=websocket");
        assertThat(page.locator("#lt-requests input")).hasValue("1000");

        page.locator("#lt-run").click();

        // 1,000 requests, then 11 search probes and 7 sweep points of 1,000: seconds, more on a busy machine.
        assertThat(page.locator("#lt-run-panel")).hasAttribute("data-state", "done",
                new LocatorAssertions.HasAttributeOptions().setTimeout(120_000));
        // The last progress event came from the load sweep, pushed from the simulating thread.
        assertThat(page.locator("#lt-run-panel")).hasAttribute("data-phase", "load_sweep");
        assertThat(page.locator("#lt-status")).containsText("1,000 requests simulated");
        assertThat(page.locator("[data-kpi='ttft-p99'] .ip-kpi-value")).containsText("ms");
        assertThat(page.locator("[data-kpi='tpot-p50'] .ip-kpi-value")).containsText("ms");
        assertThat(page.locator("[data-kpi='goodput'] .ip-kpi-value")).containsText("%");
        assertThat(page.locator("#lt-deployment")).containsText("llama-3.1-8b on 1 × nvidia-h100-sxm");
        assertThat(page.locator("#lt-max-rate")).containsText("Highest rate meeting the SLO");
        for (String chart : new String[] {"#lt-chart-kv", "#lt-chart-latency", "#lt-chart-goodput"}) {
            assertThat(page.locator(chart)).hasAttribute("data-rendered", "true");
        }
        assertThat(page).hasURL(Pattern.compile(".*[?&]requests=1000(&.*|$)"));
        assertThat(page).hasURL(Pattern.compile(".*[?&]transport=websocket(&.*|$)"));
        tallScreenshot("load-test-small-run");
    }

    @Test
    @Order(2)
    void aLargeRunCanBeCancelledWhileItRuns() {
        open("/load-test?rate=4&requests=2000000");
        page.locator("#lt-run").click();
        assertThat(page.locator("#lt-status")).containsText(Pattern.compile("Simulating the requested load… \\d+%"));
        assertThat(page.locator("#lt-progress")).isVisible();
        screenshot("load-test-large-run-progress");

        page.locator("#lt-cancel").click();

        assertThat(page.locator("#lt-run-panel")).hasAttribute("data-state", "cancelled");
        assertThat(page.locator("#lt-status")).containsText("Cancelled: the simulation stopped after");
        assertThat(page.locator("#lt-run")).isEnabled();
        screenshot("load-test-cancelled");
    }

    @Test
    @Order(3)
    void aDeploymentThatDoesNotFitIsExplainedWithoutRunning() {
        open("/load-test?model=llama-3.1-70b&hardware=nvidia-h100-sxm&chips=1");
        page.locator("#lt-run").click();
        assertThat(page.locator("#lt-run-panel")).hasAttribute("data-state", "invalid");
        assertThat(page.locator("#lt-status")).containsText("does not fit");
        assertThat(page.locator("#lt-status")).containsText("of 80.00 GB");
    }

    @Test
    @Order(4)
    void thePublishedCodexSparkCaseShowsTaskMinutesBesideThePublishedFigures() {
        open("/load-test");
        page.locator("#ag-published-case").click();

        // Hand-worked in AgenticTaskApiTest: 137.6 s and 969.1 s an attempt for the long run.
        assertThat(page.locator("#ag-results [data-row='minutes-per-task']")).containsText("2.293 min");
        assertThat(page.locator("#ag-results [data-row='minutes-per-task']")).containsText("16.15 min");
        assertThat(page.locator("#ag-published [data-row='long-agentic-run']")).containsText("2–3 min");
        assertThat(page.locator("#ag-published [data-row='long-agentic-run']")).containsText("15–17 min");
        assertThat(page.locator("#ag-published [data-row='interactive-edit']")).containsText("≈ 9 s");
        assertThat(page.locator("#ag-published [data-row='interactive-edit']")).containsText("≈ 43 s");
        assertThat(page.locator("#ag-published")).containsText("−80%");
        assertThat(page.locator("#ag-published a").first()).hasAttribute("href",
                "https://openai.com/index/introducing-gpt-5-3-codex-spark/");
        // Every field the case filled is in the link, not only the first few (browsers drop floods of updates).
        for (String parameter : new String[] {"b-source=stated", "b-pass=77\\.3", "b-out=14", "case=codex-spark"}) {
            assertThat(page).hasURL(Pattern.compile(".*[?&]" + parameter + "(&.*|$)"));
        }
        tallScreenshot("load-test-codex-spark-case");

        open("/load-test?case=codex-spark&task=interactive-edit");
        assertThat(page.locator("#ag-published")).isVisible();
        assertThat(page.locator("#ag-a-tps input")).hasValue("1000");
        assertThat(page.locator("#ag-b-pass input")).hasValue("77.3");
        assertThat(page.locator("#ag-results [data-row='minutes-per-task']")).containsText("43.57 s");
    }

    /** The app layout scrolls inside its content area, so a full-page shot needs a viewport as tall as the page. */
    private void tallScreenshot(String name) {
        page.setViewportSize(1440, 3000);
        page.waitForTimeout(800);
        screenshot(name);
        page.setViewportSize(1440, 900);
    }
}
