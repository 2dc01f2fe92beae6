package com.inferplan.backend.scenario;

import java.util.List;

/**
 * Everything that decides an explorer answer, and nothing else: the workload, the model, 2–6
 * candidate deployments with how each is paid for, the transport clients use and the precisions.
 * It is the saved state, the REST body and (deflated) the shareable link, so a scenario reproduces
 * the same results wherever it is opened.
 *
 * @param model      catalog or imported model id served by every candidate unless it names its own
 * @param precisions weights and KV precisions; null fields mean the model's native precision
 */
public record Scenario(ScenarioWorkload workload, String model, List<Candidate> candidates, Transport transport,
                       Precisions precisions) {

    public Scenario {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
        precisions = precisions == null ? Precisions.NATIVE : precisions;
        transport = transport == null ? Transport.HTTP : transport;
    }

    public Scenario withWorkload(ScenarioWorkload w) {
        return new Scenario(w, model, candidates, transport, precisions);
    }

    public Scenario withModel(String id) {
        return new Scenario(workload, id, candidates, transport, precisions);
    }

    public Scenario withCandidates(List<Candidate> list) {
        return new Scenario(workload, model, list, transport, precisions);
    }

    public Scenario withTransport(Transport t) {
        return new Scenario(workload, model, candidates, t, precisions);
    }

    public Scenario withPrecisions(Precisions p) {
        return new Scenario(workload, model, candidates, transport, p);
    }

    /** The model a candidate serves: its own override, else the scenario's. */
    public String modelOf(Candidate candidate) {
        return candidate.model() == null || candidate.model().isBlank() ? model : candidate.model();
    }

    /** Weight and KV precision names (bf16, fp8, ...); null = native. */
    public record Precisions(String weights, String kv) {
        public static final Precisions NATIVE = new Precisions(null, null);
    }
}
