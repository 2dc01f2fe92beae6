package com.inferplan.backend.scenario;

import com.inferplan.backend.support.DocumentCodec;

/**
 * A scenario as stored JSON and as a link parameter ({@code s}): the JSON deflated and base64url-encoded,
 * so a complete scenario travels in a URL of a few hundred characters and opens identically anywhere,
 * saved or not. Unknown fields are ignored so links made by later versions still open.
 */
public final class ScenarioCodec {

    /** A link parameter beyond this is not a scenario (protects the inflater from hostile input). */
    static final int MAX_LINK_CHARS = 8_192;
    private static final DocumentCodec<Scenario> CODEC = new DocumentCodec<>(Scenario.class, "scenario", MAX_LINK_CHARS);

    private ScenarioCodec() {
    }

    public static String toJson(Scenario scenario) {
        return CODEC.toJson(scenario);
    }

    public static Scenario fromJson(String json) {
        return CODEC.fromJson(json);
    }

    public static String toLink(Scenario scenario) {
        return CODEC.toLink(scenario);
    }

    public static Scenario fromLink(String link) {
        return CODEC.fromLink("s", link);
    }
}
