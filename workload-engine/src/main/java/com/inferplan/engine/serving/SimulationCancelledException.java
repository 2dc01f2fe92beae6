package com.inferplan.engine.serving;

/** The caller cancelled a simulation through {@link RunControl#cancelled()}. */
public final class SimulationCancelledException extends RuntimeException {

  private final long eventsProcessed;

  public SimulationCancelledException(long eventsProcessed) {
    super("simulation cancelled after " + eventsProcessed + " events");
    this.eventsProcessed = eventsProcessed;
  }

  public long eventsProcessed() {
    return eventsProcessed;
  }
}
