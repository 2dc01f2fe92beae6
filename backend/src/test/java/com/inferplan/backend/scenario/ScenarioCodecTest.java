package com.inferplan.backend.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.inferplan.backend.support.InvalidInputException;
import org.junit.jupiter.api.Test;

class ScenarioCodecTest {

    @Test
    void aLinkRestoresTheWholeScenario() {
        Scenario example = PublishedExample.scenario();
        assertThat(ScenarioCodec.fromLink(ScenarioCodec.toLink(example))).isEqualTo(example);
    }

    @Test
    void theLinkIsCompactAndUrlSafe() {
        String link = ScenarioCodec.toLink(PublishedExample.scenario());
        assertThat(link).matches("[A-Za-z0-9_-]+");
        // deflate shrinks the ~700-character JSON well below its own length
        assertThat(link.length()).isLessThan(ScenarioCodec.toJson(PublishedExample.scenario()).length());
    }

    @Test
    void enumsAreWrittenAsTheirReadableNames() {
        assertThat(ScenarioCodec.toJson(PublishedExample.scenario()))
                .contains("\"preset\":\"interactive-coding\"", "\"transport\":\"websocket\"", "\"kind\":\"deal\"",
                        "\"unit\":\"tokens-per-day\"");
    }

    @Test
    void aCutLinkIsRejectedNamingTheParameter() {
        String link = ScenarioCodec.toLink(PublishedExample.scenario());
        assertThatThrownBy(() -> ScenarioCodec.fromLink(link.substring(0, link.length() / 2)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).field()).isEqualTo("s"));
    }

    @Test
    void fieldsUnknownToThisVersionAreIgnored() {
        String json = ScenarioCodec.toJson(PublishedExample.scenario()).replaceFirst("\\{", "{\"addedLater\":1,");
        assertThat(ScenarioCodec.fromJson(json)).isEqualTo(PublishedExample.scenario());
    }
}
