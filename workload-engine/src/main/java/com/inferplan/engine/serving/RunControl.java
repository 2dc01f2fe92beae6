package com.inferplan.engine.serving;

import com.inferplan.engine.serving.validation.Require;
import java.util.function.BooleanSupplier;

/**
 * Progress reporting and cancellation for a long simulation (the web UI's progress bar and cancel
 * button). Both are polled every {@link #EVENTS_PER_CHECK} simulated events.
 */
public record RunControl(ProgressListener progress, BooleanSupplier cancelled) {

  public static final int EVENTS_PER_CHECK = 1 << 14;
  public static final RunControl NONE = new RunControl(ProgressListener.NONE, () -> false);

  public RunControl {
    Require.present("progress", progress);
    Require.present("cancelled", cancelled);
  }

  /** Maps this run's progress into the sub-range [from, from + width] of an outer task. */
  RunControl slice(double from, double width) {
    return new RunControl(
        fraction -> progress.onProgress(Math.min(1, from + width * fraction)), cancelled);
  }
}
