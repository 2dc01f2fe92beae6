package com.inferplan.engine.serving.workload;

/** A finite sequence of requests that can be replayed from the start any number of times. */
public interface Workload {

  /** Number of requests {@link #open()} yields; drives the progress fraction. */
  long requestCount();

  /** A fresh cursor positioned before the first request. */
  RequestStream open();
}
