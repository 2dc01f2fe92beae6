package com.inferplan.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.RequestOptions;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DealsIT extends BrowserJourney {

    private Locator gridCell(Pattern text) {
        return page.locator("#bases-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(text).setVisible(true));
    }

    private String savedBases() {
        return page.request().get(app.url("/api/v1/cost-bases")).text();
    }

    @Test
    @Order(1)
    void invalidPriceIsRefusedThenAValidBasisIsSavedCopiedComparedAndExplained() {
        open("/deals");
        page.locator("#basis-new").click();
        page.locator("#basis-name input").fill("H100 at Neocloud A");
        page.locator("#basis-field-usdPerChipHour input").fill("-2");
        page.locator("#basis-save").click();
        assertThat(page.locator("#basis-form-error")).containsText("nothing was saved");
        assertThat(page.locator("#basis-field-usdPerChipHour")).hasAttribute("invalid", "");
        assertThat(page.locator("#basis-field-usdPerChipHour [slot='error-message']"))
                .hasText("must not be negative");
        assertThat(savedBases()).isEqualTo("[]");
        screenshot("deals-invalid-basis");

        page.locator("#basis-field-usdPerChipHour input").fill("2");
        page.locator("#basis-save").click();
        assertThat(gridCell(Pattern.compile("^H100 at Neocloud A$"))).isVisible();
        assertThat(gridCell(Pattern.compile("^admin · v1$")).first()).isVisible();
        screenshot("deals-view");

        page.locator("#basis-copy").click();
        assertThat(gridCell(Pattern.compile("^Copy of H100 at Neocloud A$"))).isVisible();
        page.locator("#basis-compare-add").click();
        page.locator("#compare-picker input").fill("H100 SXM5");
        page.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions()
                .setHasText("on-demand (default)")).first().click();
        page.keyboard().press("Escape");
        assertThat(page.locator("#compare-chart")).hasAttribute("data-rendered", "true");
        // 2 USD/h at 1,000 tok/s and 60% use (the page's defaults): 2 / (3600 · 1000 · 0.6) · 1e6 = 0.926
        Locator copyRow = page.locator("#compare-figures tr[data-ref='saved:copy-of-h100-at-neocloud-a']");
        assertThat(copyRow).containsText("0.926");
        assertThat(page).hasURL(Pattern.compile(".*compare=saved(:|%3A)copy-of-h100-at-neocloud-a.*"));
        page.locator("#compare-chart").scrollIntoViewIfNeeded();
        screenshot("deals-comparison");

        copyRow.locator(".ip-deals-figure").nth(1).click();
        Locator formula = page.locator("#formula-body");
        assertThat(formula).containsText("usdPerMillionOutputTokens = usdPerRequest");
        assertThat(formula.locator("[data-input='utilization']").first()).containsText("entered");
        screenshot("deals-formula");
    }

    @Test
    @Order(2)
    void aSaveOverSomeoneElsesNewerVersionIsReportedNotApplied() throws Exception {
        open("/deals?focus=saved:h100-at-neocloud-a");
        page.locator("#basis-edit").click();
        page.locator("#basis-field-usdPerChipHour input").fill("2.4");
        // Meanwhile a colleague saves version 2 through the API.
        app.createUser("bo", "analyst");
        page.request().put(app.url("/api/v1/cost-bases/h100-at-neocloud-a"), RequestOptions.create()
                .setHeader("Content-Type", "application/json").setHeader("Authorization", RunningApp.basic("bo", RunningApp.USER_PASSWORD))
                .setData("{\"name\":\"H100 at Neocloud A\",\"basis\":{\"type\":\"on-demand\",\"usdPerChipHour\":2.2},"
                        + "\"version\":1}"));
        page.locator("#basis-save").click();
        assertThat(page.locator("#basis-form-error")).containsText("bo saved version 2");
        assertThat(page.locator("#basis-form-error")).containsText("Your changes are still in the form");
        screenshot("deals-edit-conflict");
        assertThat(page.request().get(app.url("/api/v1/cost-bases/h100-at-neocloud-a")).text())
                .contains("\"usdPerChipHour\":2.2");
    }

    @Test
    @Order(3)
    void dealTemplateLinkShowsBindingTakeOrPayAndWhatMovesItsCost() {
        open("/deals?focus=deal:openai-cerebras-2026&u=0.6");
        Locator deal = page.locator("#deal-panel");
        assertThat(deal).containsText("Take-or-pay is binding: 60% of committed capacity is used but 100% is paid");
        assertThat(deal).containsText("11.11 M USD/MW-year");
        assertThat(page.locator("#tornado-chart")).hasAttribute("data-rendered", "true");
        assertThat(page.locator("#utilization-chart")).hasAttribute("data-rendered", "true");
        page.locator("#tornado-chart").scrollIntoViewIfNeeded();
        screenshot("deals-deal-template");
    }
}
