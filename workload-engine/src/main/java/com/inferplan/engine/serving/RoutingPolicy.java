package com.inferplan.engine.serving;

/** How the router spreads arriving requests over replicas. */
public enum RoutingPolicy {
  /** Replicas in turn, regardless of load. */
  ROUND_ROBIN,
  /** The replica with the fewest requests waiting or running (lowest index on ties). */
  LEAST_LOADED
}
