package com.inferplan.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Inputs that give no answer take the old answer off the screen and say which field to fix. */
class ExplorerInvalidInputIT extends BrowserJourney {

    @Test
    void anEmptyTtftLimitNamesTheFieldAndGreysThePreviousCharts() {
        open("/");
        assertThat(page.locator("#explorer-cards .ipx-card").first()).isVisible();
        page.locator("#in-ttft input").fill("");
        page.locator("#in-ttft input").press("Tab");

        assertThat(page.locator("#explorer-headline")).hasText("Fix the highlighted inputs to get an answer.");
        assertThat(page.locator("#explorer-why")).containsText("TTFT limit, ms");
        assertThat(page.locator("#explorer-cards .ipx-card")).hasCount(0);
        assertThat(page.locator(".ipx-charts")).hasClass(Pattern.compile(".*ipx-stale.*"));
        screenshot("explorer-invalid-input");

        page.locator("#in-ttft input").fill("1500");
        page.locator("#in-ttft input").press("Tab");
        assertThat(page.locator("#explorer-cards .ipx-card").first()).isVisible();
        assertThat(page.locator(".ipx-charts")).not().hasClass(Pattern.compile(".*ipx-stale.*"));
    }
}
