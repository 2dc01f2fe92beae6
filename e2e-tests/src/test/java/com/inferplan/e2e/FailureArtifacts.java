package com.inferplan.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Tracing;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * On failure keeps a full-page screenshot and the Playwright trace of the failed test. Runs right
 * after the test method, before {@code @AfterEach} closes the browser context.
 */
final class FailureArtifacts implements AfterTestExecutionCallback {

    private final BrowserJourney journey;

    FailureArtifacts(BrowserJourney journey) {
        this.journey = journey;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
        try {
            journey.page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(BrowserJourney.artifactsDir().resolve("failed-" + name + ".png")));
            journey.context.tracing().stop(new Tracing.StopOptions()
                    .setPath(BrowserJourney.artifactsDir().resolve("failed-" + name + "-trace.zip")));
        } catch (RuntimeException e) {
            System.err.println("could not save failure artifacts for " + name + ": " + e.getMessage());
        }
    }
}
