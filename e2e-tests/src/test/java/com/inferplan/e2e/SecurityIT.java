package com.inferplan.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Sign-in, roles and the audit trail as people meet them in the browser and over REST, on the real jar. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecurityIT extends BrowserJourney {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    @Order(1)
    void anAdminSignsInAndAddsAnAnalystAndAViewerInTheUsersView() {
        open("/admin/users");
        assertThat(page.locator("#signed-in-user")).hasText("admin · admin");
        for (String[] user : new String[][] {{"ana", "analyst"}, {"vic", "viewer"}}) {
            page.locator("#user-name input").fill(user[0]);
            page.locator("#user-role").click();
            page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(user[1] + " —")).click();
            page.locator("#user-password input").fill(RunningApp.USER_PASSWORD);
            page.locator("#user-add").click();
            assertThat(page.locator("#user-grid vaadin-grid-cell-content").filter(
                    new Locator.FilterOptions().setHasText(Pattern.compile("^" + user[0] + "$")))).isVisible();
        }
        screenshot("security-users");
    }

    @Test
    @Order(2)
    void anonymousPeopleMeetTheLoginPageAndAWrongPasswordIsRefused() {
        BrowserContext anonymous = anonymousContext();
        try {
            Page p = anonymous.newPage();
            p.navigate(app.url("/deals"), new Page.NavigateOptions().setTimeout(120_000));
            assertThat(p).hasURL(Pattern.compile(".*/login$"));
            p.locator("input[name='username']").fill("ana");
            p.locator("input[name='password']").fill("not-her-password");
            p.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Log in")).click();
            assertThat(p.locator("vaadin-login-form")).containsText("Wrong user name or password");
            p.screenshot(new Page.ScreenshotOptions().setPath(artifactsDir().resolve("security-login-error.png")));
        } finally {
            anonymous.close();
        }
    }

    @Test
    @Order(3)
    void restWritesNeedTheRightRole() throws Exception {
        String example = call("GET", "/api/v1/scenarios/examples/codex-spark", null, app.adminAuthorization()).body();
        String body = "{\"name\":\"REST plan\",\"scenario\":" + example + "}";
        assertThat(call("POST", "/api/v1/scenarios", body, null).statusCode()).isEqualTo(401);
        HttpResponse<String> viewer = call("POST", "/api/v1/scenarios", body,
                RunningApp.basic("vic", RunningApp.USER_PASSWORD));
        assertThat(viewer.statusCode()).isEqualTo(403);
        assertThat(viewer.body()).contains("urn:inferplan:problem:forbidden");
        HttpResponse<String> analyst = call("POST", "/api/v1/scenarios", body,
                RunningApp.basic("ana", RunningApp.USER_PASSWORD));
        assertThat(analyst.statusCode()).isEqualTo(201);
        assertThat(analyst.body()).contains("\"createdBy\":\"ana\"");
    }

    @Test
    @Order(4)
    void aViewerExploresButIsToldThatSavingNeedsTheAnalystRole() {
        BrowserContext viewer = newContext("vic", RunningApp.USER_PASSWORD);
        try {
            Page p = viewer.newPage();
            p.navigate(app.url("/?example=codex-spark"), new Page.NavigateOptions().setTimeout(120_000));
            assertThat(p.locator("#explorer-headline")).not().isEmpty();
            assertThat(p.locator("#signed-in-user")).hasText("vic · viewer");
            assertThat(p.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Audit trail")))
                    .hasCount(0);
            p.locator("#explorer-save").click();
            p.locator("#explorer-name input").fill("Viewer plan");
            p.locator("#explorer-name-save").click();
            assertThat(p.locator("vaadin-notification-card")).containsText("saving needs the analyst role");
            p.navigate(app.url("/admin/audit"));
            assertThat(p.locator("#audit-grid")).hasCount(0);
        } finally {
            viewer.close();
        }
    }

    @Test
    @Order(5)
    void aPersonalTokenCreatedInTheBrowserWorksForTheApiUntilItIsRevoked() throws Exception {
        BrowserContext viewer = newContext("vic", RunningApp.USER_PASSWORD);
        try {
            Page p = viewer.newPage();
            p.navigate(app.url("/account"), new Page.NavigateOptions().setTimeout(120_000));
            p.locator("#token-name input").fill("laptop");
            p.locator("#token-create").click();
            String secret = p.locator("#token-secret input").inputValue();
            assertThat(secret).startsWith("ipt_");
            p.screenshot(new Page.ScreenshotOptions().setPath(artifactsDir().resolve("security-token.png")));
            assertThat(call("GET", "/api/v1/models", null, "Bearer " + secret).statusCode()).isEqualTo(200);
            p.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Done")).click();
            p.locator("#token-grid vaadin-button").filter(new Locator.FilterOptions().setHasText("Revoke")).click();
            assertThat(p.locator("#token-grid vaadin-grid-cell-content").filter(
                    new Locator.FilterOptions().setHasText(Pattern.compile("^revoked")))).isVisible();
            assertThat(call("GET", "/api/v1/models", null, "Bearer " + secret).statusCode()).isEqualTo(401);
            p.locator("#sign-out").click();
            assertThat(p).hasURL(Pattern.compile(".*/login$"));
            p.navigate(app.url("/account"));
            assertThat(p).hasURL(Pattern.compile(".*/login$"));
        } finally {
            viewer.close();
        }
    }

    @Test
    @Order(6)
    void anAnalystsSaveShowsTheAnalystInTheVersionsAndInTheAuditView() throws Exception {
        BrowserContext analyst = newContext("ana", RunningApp.USER_PASSWORD);
        try {
            Page p = analyst.newPage();
            p.navigate(app.url("/?example=codex-spark"), new Page.NavigateOptions().setTimeout(120_000));
            assertThat(p.locator("#explorer-headline")).not().isEmpty();
            p.locator("#explorer-save").click();
            p.locator("#explorer-name input").fill("Analyst plan");
            p.locator("#explorer-name-save").click();
            assertThat(p.locator("#explorer-status")).containsText("“Analyst plan”, version 1");
            p.locator("#explorer-versions").click();
            assertThat(p.locator("#versions-grid vaadin-grid-cell-content").filter(
                    new Locator.FilterOptions().setHasText(Pattern.compile("^ana$")))).isVisible();
        } finally {
            analyst.close();
        }

        open("/admin/audit");
        page.locator("#audit-actor input").fill("ana");
        page.locator("#audit-text input").fill("sc-");
        Locator cells = page.locator("#audit-grid vaadin-grid-cell-content");
        // Filtered to ana's records: nobody else's rows remain on screen (the grid keeps hidden rows for reuse).
        assertThat(cells.filter(new Locator.FilterOptions().setHasText(Pattern.compile("^vic$")).setVisible(true)))
                .hasCount(0);
        assertThat(cells.filter(new Locator.FilterOptions().setHasText(Pattern.compile("^sign-in$")).setVisible(true)))
                .hasCount(0);
        assertThat(cells.filter(new Locator.FilterOptions().setHasText(Pattern.compile("^scenario$"))).first())
                .isVisible();
        assertThat(cells.filter(new Locator.FilterOptions().setHasText(Pattern.compile("^create$"))).first())
                .isVisible();
        screenshot("security-audit");
        Download download = page.waitForDownload(() -> page.locator("#audit-export").click());
        String csv = Files.readString(download.path());
        assertThat(csv).startsWith("id,at,actor,action,entity,entity_id,entity_version,detail,before,after");
        assertThat(csv).contains(",ana,create,scenario,sc-").contains("Analyst plan");
        HttpResponse<String> audit = call("GET", "/api/v1/audit?actor=ana&entity=scenario", null,
                app.adminAuthorization());
        assertThat(audit.body()).contains("\"name\":\"Analyst plan\"").contains("\"name\":\"REST plan\"");
    }

    private static HttpResponse<String> call(String method, String path, String json, String authorization)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url(path)))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
