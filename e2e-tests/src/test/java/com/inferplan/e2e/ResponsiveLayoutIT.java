package com.inferplan.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.options.LoadState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every view at a phone's, a tablet's, a laptop's and a desktop's width: nothing makes the page scroll
 * sideways, and on the phone the explorer's answer gets the screen's width instead of a sliver beside
 * the inputs. Each view is saved as {@code layout-<view>-<width>.png} for a person to look at.
 */
class ResponsiveLayoutIT extends BrowserJourney {

    static final int[] WIDTHS_PX = {390, 768, 1280, 1920};
    private static final Map<Integer, Integer> HEIGHTS_PX = Map.of(390, 844, 768, 1024, 1280, 800, 1920, 1080);
    static final List<String> VIEWS = List.of("/", "/hardware", "/models?model=deepseek-v3", "/evaluate",
            "/validation", "/deals", "/load-test", "/portfolios", "/account", "/admin/users", "/admin/audit", "/no-such-page");

    /**
     * Visible elements whose right edge lies past the window and that no scrollable box (a grid, a wide
     * table's scroller) holds: these make the view scroll sideways or are cut off. The view scrolls inside
     * the app layout's shadow root, so the document's own scrollWidth alone would not see them.
     */
    private static final String OVERFLOWING = """
            () => {
              const scrolls = e => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX);
              const held = e => { for (let a = e.parentElement; a; a = a.parentElement) {
                  if (a.tagName === 'VAADIN-GRID' || scrolls(a)) return true; } return false; };
              return [...document.querySelectorAll('body *')]
                // Vaadin's connection-status message waits off screen by design.
                .filter(e => !e.closest('.v-status-message'))
                .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0
                  && r.right > innerWidth + 1 && getComputedStyle(e).visibility !== 'hidden' && !held(e); })
                .slice(0, 6).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                  + (typeof e.className === 'string' && e.className ? '.' + e.className.split(' ')[0] : '')
                  + ' right=' + Math.round(e.getBoundingClientRect().right));
            }""";

    @Test
    void everyViewFitsItsWidthAndThePhoneGivesTheAnswerTheScreen() {
        List<String> problems = new ArrayList<>();
        for (int width : WIDTHS_PX) {
            page.setViewportSize(width, HEIGHTS_PX.get(width));
            for (String view : VIEWS) {
                open(view);
                settle(view);
                int scrollWidth = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
                List<?> overflowing = (List<?>) page.evaluate(OVERFLOWING);
                if (scrollWidth > width || !overflowing.isEmpty()) {
                    problems.add(view + " at " + width + " px: document " + scrollWidth + " px wide, past the edge: "
                            + overflowing);
                }
                screenshot("layout-" + name(view) + "-" + width);
                if (view.equals("/")) {
                    // The answer and charts lie below the first screen on narrow widths: save them too.
                    page.locator("#explorer-cards").scrollIntoViewIfNeeded();
                    page.waitForTimeout(300);
                    screenshot("layout-explorer-answer-" + width);
                    page.locator("#explorer-cost").scrollIntoViewIfNeeded();
                    page.waitForTimeout(300);
                    screenshot("layout-explorer-charts-" + width);
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void onThePhoneTheHeadlineIsAtLeast300PxWideAndWrapsByWords() {
        page.setViewportSize(390, 844);
        open("/");
        settle("/");
        var box = page.locator("#explorer-headline").boundingBox();
        assertTrue(box.width >= 300, "headline is " + box.width + " px wide");
        // A headline wrapping one letter per line has ~1 character per line; by words it has 15 or more.
        double lineHeightPx = ((Number) page.evaluate(
                "() => parseFloat(getComputedStyle(document.getElementById('explorer-headline')).lineHeight)"))
                .doubleValue();
        int characters = page.locator("#explorer-headline").innerText().length();
        double lines = Math.max(1, Math.round(box.height / lineHeightPx));
        assertTrue(characters / lines >= 15, characters + " characters on " + lines + " lines");
        // The inputs come first, as a section of their own above the answer, not a column beside it.
        var inputs = page.locator("#explorer-inputs").boundingBox();
        assertTrue(inputs.width >= 300 && inputs.y + inputs.height <= box.y + 1,
                "inputs at " + inputs.x + "," + inputs.y + " size " + inputs.width + "x" + inputs.height);
    }

    /**
     * No view shows a code identifier: an enum constant (VENDOR_PUBLISHED) or a snake_case key
     * (take_or_pay, on_chip_sram) in the text a person reads, grid cells included. The models view's
     * operator table is left out: its rows are the checkpoint's module names (q_a_proj, lm_head), which
     * are what an architect matches against the model's code.
     */
    @Test
    void noViewShowsCodeIdentifiers() {
        List<String> found = new ArrayList<>();
        for (String view : VIEWS) {
            open(view);
            settle(view);
            List<?> words = (List<?>) page.evaluate("""
                    () => [...new Set(([...document.querySelectorAll('#profile-table')]
                        .reduce((text, t) => text.replace(t.innerText, ''), document.body.innerText).match(/\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b|\\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\\b/g) || []))]""");
            if (!words.isEmpty()) {
                found.add(view + ": " + words);
            }
        }
        assertTrue(found.isEmpty(), String.join("\n", found));
    }

    /** Waits until the view has drawn what it draws first; the explorer until its answer and charts are up. */
    private void settle(String view) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        if (view.equals("/")) {
            assertThat(page.locator("#explorer-headline")).not().isEmpty();
            assertThat(page.locator(".echart").first()).hasAttribute("data-rendered", "true");
        }
        if (view.equals("/portfolios")) {
            // The first answer simulates every pool x tier of the example (seconds); later widths reuse them.
            assertThat(page.locator("#pf-headline")).containsText("cheapest mix",
                    new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(120_000));
        }
        page.waitForTimeout(400);
    }

    private static String name(String view) {
        String path = view.replaceFirst("\\?.*", "").replace('/', '-').replaceAll("^-|-$", "");
        return path.isEmpty() ? "explorer" : path;
    }
}
