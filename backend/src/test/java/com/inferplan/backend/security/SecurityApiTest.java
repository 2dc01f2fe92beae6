package com.inferplan.backend.security;

import static com.inferplan.backend.TestBackendApplication.PASSWORD;
import static com.inferplan.backend.TestBackendApplication.basic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.inferplan.backend.scenario.PublishedExample;
import com.inferplan.backend.scenario.ScenarioCodec;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Sign-in, roles and the audit trail over the real filter chain, users and database (no default credentials). */
@SpringBootTest
@DirtiesContext
class SecurityApiTest {

    private static final String ADMIN = basic("admin", "test-admin-password");
    private static final String ANALYST = basic("ana", PASSWORD);
    private static final String VIEWER = basic("vic", PASSWORD);
    private static final String SCENARIO = "{\"name\":\"Secured\",\"scenario\":"
            + ScenarioCodec.toJson(PublishedExample.scenario()) + "}";

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void anonymousMockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    private static MockHttpServletRequestBuilder createScenario() {
        return post("/api/v1/scenarios").contentType(MediaType.APPLICATION_JSON).content(SCENARIO);
    }

    @Test
    void anAnonymousCallIs401WithAProblemAndABasicChallenge() throws Exception {
        mvc.perform(createScenario())
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic")))
                .andExpect(jsonPath("$.type").value("urn:inferplan:problem:unauthorized"));
        mvc.perform(get("/api/v1/hardware")).andExpect(status().isUnauthorized());
        mvc.perform(delete("/api/v1/cost-bases/x?version=1")).andExpect(status().isUnauthorized());
    }

    @Test
    void aViewerReadsAndExploresButAWriteIs403() throws Exception {
        mvc.perform(get("/api/v1/hardware").header("Authorization", VIEWER)).andExpect(status().isOk());
        mvc.perform(createScenario().header("Authorization", VIEWER))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:inferplan:problem:forbidden"));
        mvc.perform(post("/api/v1/cost-bases/copy?of=default:nvidia-h100-sxm").header("Authorization", VIEWER))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit").header("Authorization", VIEWER)).andExpect(status().isForbidden());
    }

    @Test
    void theAuthorIsTheSignedInUserWhateverHeaderIsSentAndTheAuditRecordsIt() throws Exception {
        String body = mvc.perform(createScenario().header("Authorization", ANALYST).header("X-Author", "mallory"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.createdBy").value("ana"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        mvc.perform(get("/api/v1/scenarios/" + id + "/versions").header("Authorization", VIEWER))
                .andExpect(jsonPath("$[0].savedBy").value("ana"));
        mvc.perform(get("/api/v1/audit?entity=scenario&text=" + id).header("Authorization", ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].actor").value("ana"))
                .andExpect(jsonPath("$[0].action").value("create"))
                .andExpect(jsonPath("$[0].entityVersion").value(1))
                .andExpect(jsonPath("$[0].after.name").value("Secured"));
        mvc.perform(get("/api/v1/audit").header("Authorization", ANALYST)).andExpect(status().isForbidden());
    }

    @Test
    void aWrongPasswordIs401AndTheFailedSignInIsAudited() throws Exception {
        mvc.perform(get("/api/v1/models").header("Authorization", basic("ana", "not-the-password")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/audit?action=sign-in-failed&actor=ana").header("Authorization", ADMIN))
                .andExpect(jsonPath("$[0].entity").value("session"));
    }

    @Test
    void aPersonalTokenActsWithItsOwnersRoleUntilRevoked() throws Exception {
        String created = mvc.perform(post("/api/v1/tokens").header("Authorization", VIEWER)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"notebook\"}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String secret = JsonPath.read(created, "$.secret");
        String id = JsonPath.read(created, "$.token.id");
        mvc.perform(get("/api/v1/models").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
        mvc.perform(createScenario().header("Authorization", "Bearer " + secret)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/tokens").header("Authorization", VIEWER))
                .andExpect(jsonPath("$[0].name").value("notebook"))
                .andExpect(jsonPath("$[0].secret").doesNotExist());
        mvc.perform(delete("/api/v1/tokens/" + id).header("Authorization", ANALYST)).andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/tokens/" + id).header("Authorization", VIEWER)).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/models").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aCrossSiteWriteIsRefusedEvenWithCredentials() throws Exception {
        mvc.perform(post("/api/v1/cost-bases/copy?of=default:nvidia-h100-sxm").header("Authorization", ANALYST)
                        .header("Sec-Fetch-Site", "cross-site"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:inferplan:problem:cross-site"));
    }

    @Test
    void onlyAnAdminCreatesUsersAndPasswordsAreCheckedAndNeverReturned() throws Exception {
        String user = "{\"name\":\"newcomer\",\"role\":\"analyst\",\"password\":\"long-enough-pw\"}";
        mvc.perform(post("/api/v1/users").header("Authorization", ANALYST).contentType(MediaType.APPLICATION_JSON)
                .content(user)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/users").header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content(user))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.role").value("analyst"))
                .andExpect(jsonPath("$.password").doesNotExist());
        mvc.perform(post("/api/v1/users").header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x y\",\"role\":\"owner\",\"password\":\"short\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[1].field").value("role"))
                .andExpect(jsonPath("$.errors[2].field").value("password"));
        mvc.perform(createScenario().header("Authorization", basic("newcomer", "long-enough-pw")))
                .andExpect(status().isCreated());
    }
}
