package com.inferplan.engine.serving;

/**
 * Highest arrival rate found to attain the SLO.
 *
 * @param outcome        whether the threshold lies inside the searched range
 * @param ratePerSecond  the highest rate known to attain the SLO; for
 *                       {@link Outcome#NOT_ATTAINED_AT_MIN} the minimum rate, which does not
 * @param atRate         the simulation at {@code ratePerSecond}
 * @param simulations    simulations run
 */
public record SloSearchResult(Outcome outcome, double ratePerSecond, SimulationResult atRate,
    int simulations) {

  public enum Outcome {
    /** The threshold lies between the bounds, found to the requested tolerance. */
    FOUND,
    /** Even the maximum rate attains the SLO: the true threshold is higher. */
    ATTAINED_AT_MAX,
    /** Even the minimum rate misses the SLO. */
    NOT_ATTAINED_AT_MIN
  }
}
