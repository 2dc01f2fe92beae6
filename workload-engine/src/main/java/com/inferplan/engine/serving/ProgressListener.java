package com.inferplan.engine.serving;

/** Receives the fraction of work done, in [0, 1], from the simulating thread. */
@FunctionalInterface
public interface ProgressListener {

  ProgressListener NONE = fraction -> { };

  void onProgress(double fractionDone);
}
