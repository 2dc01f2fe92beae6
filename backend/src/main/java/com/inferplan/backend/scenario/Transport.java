package com.inferplan.backend.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.inferplan.engine.transport.TransportProfile;

/** How clients talk to the service; decides the latency added on top of inference (decision 0404). */
public enum Transport {
    @JsonProperty("http") HTTP("HTTP/SSE"),
    @JsonProperty("websocket") WEBSOCKET("WebSocket");

    private final String label;

    Transport(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public TransportProfile profile() {
        return this == HTTP ? TransportProfile.httpSse() : TransportProfile.webSocket();
    }
}
