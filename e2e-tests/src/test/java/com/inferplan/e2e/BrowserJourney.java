package com.inferplan.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Tracing;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Base of every journey: one app process and one headless Debian Chromium per test class, a fresh
 * browser context per test, and a screenshot plus trace under target/e2e-artifacts when a test fails.
 */
public abstract class BrowserJourney {

    protected static RunningApp app;
    private static Playwright playwright;
    private static Browser browser;

    protected BrowserContext context;
    protected Page page;

    @RegisterExtension
    final FailureArtifacts failureArtifacts = new FailureArtifacts(this);

    @BeforeAll
    static void startAppAndBrowser() throws Exception {
        app = RunningApp.start();
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("chromium.path", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        PlaywrightAssertions.setDefaultAssertionTimeout(45_000);
    }

    @AfterAll
    static void stopAppAndBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @BeforeEach
    void openContext(TestInfo info) {
        context = newContext();
        context.tracing().start(new Tracing.StartOptions().setScreenshots(true).setSnapshots(true));
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    /** A browser signed in as the admin; its API requests ({@code page.request()}) send the admin's credentials. */
    protected BrowserContext newContext() {
        return newContext(RunningApp.ADMIN, app.adminPassword());
    }

    protected BrowserContext newContext(String user, String password) {
        BrowserContext c = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900)
                .setHttpCredentials(user, password));
        c.setDefaultTimeout(60_000);
        Page login = c.newPage();
        signIn(login, user, password);
        login.close();
        return c;
    }

    /** A browser nobody has signed in to. */
    protected BrowserContext anonymousContext() {
        BrowserContext c = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900));
        c.setDefaultTimeout(60_000);
        return c;
    }

    /** Signs in through the login view, as a person does. */
    protected static void signIn(Page page, String user, String password) {
        page.navigate(app.url("/login"), new Page.NavigateOptions().setTimeout(120_000));
        page.locator("input[name='username']").fill(user);
        page.locator("input[name='password']").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Log in")).click();
        page.waitForSelector("vaadin-app-layout", new Page.WaitForSelectorOptions().setTimeout(120_000));
    }

    /** Opens a view; the first page of a cold JVM on a busy 2-core machine can take well over 30 s. */
    protected void open(String path) {
        page.navigate(app.url(path), new Page.NavigateOptions().setTimeout(120_000));
        page.waitForSelector("vaadin-app-layout", new Page.WaitForSelectorOptions().setTimeout(120_000));
    }

    /** Saves a screenshot for a person to look at (kept whether or not the test passes). */
    protected void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(artifactsDir().resolve(name + ".png")));
    }

    static Path artifactsDir() {
        return Path.of(System.getProperty("artifacts.dir", "target/e2e-artifacts"));
    }
}
