package com.inferplan.backend.scenario;

/**
 * A candidate sized as one replica of a reference fleet: {@code peak} is the demand that fleet was sized
 * for (null when the candidate does not fit), so {@code peak / replicas} is what one replica serves at the
 * highest load the load simulation showed the SLO holding at.
 */
public record FleetReplica(CandidateResult result, Figure peak) {

    /** Requests per second one replica serves within the SLO; 0 when it does not fit. */
    public double requestsPerSecondPerReplica() {
        return peak == null ? 0 : peak.value() / result.deployment().replicas().value();
    }
}
