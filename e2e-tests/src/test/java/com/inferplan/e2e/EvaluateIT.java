package com.inferplan.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EvaluateIT extends BrowserJourney {

    private double kpi(String id) {
        String text = page.locator("#" + id + " .ip-kpi-value").innerText().replace(",", "");
        return Double.parseDouble(text.replaceAll("[^0-9.]", ""));
    }

    @Test
    void changingHardwareUpdatesTheKpisAndTheLinkRestoresThem() {
        open("/evaluate?model=llama-3.1-8b&hardware=nvidia-h100-sxm&chips=1");
        assertThat(page.locator("#kpi-per-user .ip-kpi-value")).not().hasText("—");
        double h100 = kpi("kpi-per-user");
        assertThat(h100).isBetween(100.0, 300.0);

        page.locator("#eval-hardware input").fill("cerebras-cs-3");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("cerebras-cs-3")).first().click();
        page.locator("#eval-chips input").fill("");
        page.locator("#eval-chips input").press("Tab");
        assertThat(page).hasURL(Pattern.compile(".*hardware=cerebras-cs-3.*"));
        page.waitForCondition(() -> kpi("kpi-per-user") > 1000);
        screenshot("evaluate-cs3");

        String link = page.url();
        page.navigate(link);
        page.waitForSelector("vaadin-app-layout");
        page.waitForCondition(() -> kpi("kpi-per-user") > 1000);
    }

    @Test
    void separatePrefillWorkersOnOtherSiliconAreEvaluatedAndTheLinkKeepsThem() {
        open("/evaluate?model=llama-3.1-8b&hardware=nvidia-h100-sxm&chips=1&concurrency=16&input=4096&output=256");
        assertThat(page.locator("#kpi-ttft .ip-kpi-value")).not().hasText("—");
        assertThat(page.locator("#eval-prefill-workers")).isHidden();
        page.locator("#eval-disaggregated").click();
        page.locator("#eval-prefill-hardware input").fill("nvidia-b200");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("nvidia-b200")).first().click();
        page.locator("#eval-prefill-workers input").fill("2");
        page.locator("#eval-prefill-workers input").press("Tab");
        page.locator("#eval-decode-workers input").fill("2");
        page.locator("#eval-decode-workers input").press("Tab");
        for (String parameter : new String[] {"prefillHardware=nvidia-b200", "prefillWorkers=2", "decodeWorkers=2"}) {
            assertThat(page).hasURL(Pattern.compile(".*[?&]" + parameter + "(&.*|$)"));
        }
        // two B200 prefill workers of one chip each (the fewest that hold the model) and two one-chip H100 decode workers
        assertThat(page.locator("#kpi-deployment")).containsText("4 chips");
        assertThat(page.locator("#kpi-deployment")).containsText("2 prefill worker(s) on nvidia-b200");
        assertThat(page.locator("#eval-status")).containsText("Bottleneck");
        screenshot("evaluate-disaggregated");

        page.navigate(page.url());
        page.waitForSelector("vaadin-app-layout");
        assertThat(page.locator("#kpi-deployment")).containsText("2 prefill worker(s) on nvidia-b200");
        assertThat(page.locator("#eval-prefill-workers input")).hasValue("2");
    }

    @Test
    void explainShowsFormulasAndTheOperatorChart() {
        open("/evaluate?model=llama-3.1-70b&hardware=nvidia-h100-sxm");
        page.locator("#eval-explain").click();
        Locator dialog = page.locator("vaadin-dialog-overlay");
        assertThat(dialog).containsText("Formulas");
        assertThat(dialog).containsText("all-reduce");
        assertThat(page.locator("#explain-operator-chart")).hasAttribute("data-rendered", "true");
        screenshot("evaluate-explain");
    }

    @Test
    void paretoFrontiersOfThreeChipsAreDrawn() {
        open("/evaluate?model=llama-3.1-70b&hardware=nvidia-h100-sxm");
        page.locator("#pareto-compare").click();
        assertThat(page.locator("#pareto-chart")).hasAttribute("data-rendered", "true");
        screenshot("evaluate-pareto");
    }

    @Test
    void validationPageScoresThePublicMeasurements() {
        open("/validation?set=public");
        assertThat(page.locator("#validation-summary")).containsText(java.util.regex.Pattern.compile("\\d+ rows, \\d+ predicted: median absolute error"));
        assertThat(page.locator("#validation-scatter")).hasAttribute("data-rendered", "true");
        screenshot("validation-public");
    }

    @Test
    void anUnknownAddressShowsTheNavigationAndAWayBack() {
        open("/no-such-page");
        assertThat(page.locator("#not-found")).containsText("No page here");
        assertThat(page.locator("vaadin-side-nav")).isVisible();
        assertThat(page.locator("#not-found a")).hasText("Back to the start page");
        assertThat(page.locator("link[rel='icon']")).hasAttribute("href", java.util.regex.Pattern.compile("favicon\\.svg"));
    }
}
