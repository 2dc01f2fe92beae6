package com.inferplan.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HardwareCatalogIT extends BrowserJourney {

    private Locator gridCell(String text) {
        return page.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(text).setVisible(true));
    }

    private void pickVendor(String vendor) {
        page.locator("#filter-vendor input").fill(vendor);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(vendor)).first().click();
    }

    @Test
    @Order(1)
    void filteringToCerebrasAndOpeningCs3ShowsItsOnChipSramWithSource() {
        open("/hardware");
        pickVendor("Cerebras");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*vendor=Cerebras.*"));
        assertThat(gridCell("Cerebras CS-3")).isVisible();
        assertThat(gridCell("NVIDIA H100")).hasCount(0);

        gridCell("Cerebras CS-3").click();
        Locator sramRow = page.locator("#hardware-details [data-field='memoryTiers.on_chip_sram.capacityBytes']");
        assertThat(sramRow).containsText("44 GB");
        assertThat(sramRow.locator("a")).hasAttribute("href", java.util.regex.Pattern.compile("^https?://.+"));
        screenshot("catalog-cerebras-cs3-details");
    }

    @Test
    @Order(2)
    void selectedChipAndFiltersComeBackFromTheLink() {
        open("/hardware?vendor=Cerebras&selected=cerebras-cs-3");
        assertThat(page.locator("#hardware-details h2")).containsText("Cerebras CS-3");
        assertThat(gridCell("NVIDIA H100")).hasCount(0);
    }

    @Test
    @Order(3)
    void comparingH100WithCs3ShowsBothSideBySide() {
        open("/hardware?compare=nvidia-h100-sxm,cerebras-cs-3");
        page.locator("#compare-selected").click();
        Locator table = page.locator("#hardware-comparison");
        assertThat(table).containsText("H100");
        assertThat(table).containsText("CS-3");
        assertThat(table.locator("tr[data-figure='bf16']")).containsText("989.4 TFLOP/s");
        assertThat(table.locator("tr[data-figure='sram']")).containsText("44 GB");
        screenshot("catalog-compare-h100-cs3");
    }

    @Test
    @Order(4)
    void invalidCustomChipIsRejectedThenAValidOneSurvivesARestart() throws Exception {
        open("/hardware");
        page.locator("#add-custom-hardware").click();
        fillChip("acme-x1", "-5");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator("#custom-hardware-error")).containsText("nothing was saved");
        assertThat(page.locator("#hw-memoryTbPerSecond")).hasAttribute("invalid", "");
        screenshot("catalog-custom-invalid");

        page.locator("#hw-memoryTbPerSecond input").fill("3.2");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Save")).click();
        assertThat(gridCell("Acme X1")).isVisible();

        app.restart();
        // A new server process knows no session: sign in again, as a person would after a restart.
        signIn(page, RunningApp.ADMIN, app.adminPassword());
        open("/hardware?selected=acme-x1");
        assertThat(page.locator("#hardware-details h2")).containsText("Acme X1");
        assertThat(page.locator("#hardware-details")).containsText("user-defined");
    }

    private void fillChip(String id, String bandwidth) {
        page.locator("#hw-id input").fill(id);
        page.locator("#hw-vendor input").fill("Acme");
        page.locator("#hw-name input").fill("X1");
        page.locator("#hw-year input").fill("2026");
        page.locator("#hw-bf16Tflops input").fill("500");
        page.locator("#hw-memoryGb input").fill("96");
        page.locator("#hw-memoryTbPerSecond input").fill(bandwidth);
        page.locator("#hw-sourceTitle input").fill("Acme X1 datasheet");
    }
}
