package com.inferplan.engine.serving;

import com.inferplan.engine.serving.validation.Require;
import com.inferplan.engine.transport.TransportProfile;

/**
 * Everything about a serving deployment the simulator needs besides the step-time model and the
 * workload. Latencies are reported as the client sees them through {@code transport}; use
 * {@link TransportProfile#NONE} for server-side figures.
 */
public record SimulationConfig(
    int replicas,
    RoutingPolicy routing,
    SchedulerConfig scheduler,
    TransportProfile transport,
    Slo slo) {

  public SimulationConfig {
    Require.positive("replicas", replicas);
    Require.present("routing", routing);
    Require.present("scheduler", scheduler);
    Require.present("transport", transport);
    Require.present("slo", slo);
  }

  public SimulationConfig withReplicas(int count) {
    return new SimulationConfig(count, routing, scheduler, transport, slo);
  }

  public SimulationConfig withSlo(Slo objective) {
    return new SimulationConfig(replicas, routing, scheduler, transport, objective);
  }

  public SimulationConfig withTransport(TransportProfile profile) {
    return new SimulationConfig(replicas, routing, scheduler, profile, slo);
  }
}
