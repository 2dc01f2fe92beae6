package com.inferplan.engine.serving.workload;

import com.inferplan.engine.serving.validation.Require;
import java.util.SplittableRandom;

/**
 * Requests drawn from an arrival process and length distributions. Gaps, input lengths and output
 * lengths use independent random streams split from {@code seed}, so the same seed gives the same
 * requests, and changing only the rate rescales the arrival times of the very same requests.
 */
public record SyntheticWorkload(
    ArrivalProcess arrivals,
    LengthDistribution inputTokens,
    LengthDistribution outputTokens,
    long requestCount,
    long seed) implements Workload {

  public SyntheticWorkload {
    Require.present("arrivals", arrivals);
    Require.present("inputTokens", inputTokens);
    Require.present("outputTokens", outputTokens);
    Require.positive("requestCount", requestCount);
  }

  public SyntheticWorkload withRate(double ratePerSecond) {
    return new SyntheticWorkload(arrivals.withRate(ratePerSecond), inputTokens, outputTokens,
        requestCount, seed);
  }

  @Override
  public RequestStream open() {
    return new Stream();
  }

  private final class Stream implements RequestStream {
    private final SplittableRandom gaps;
    private final SplittableRandom inputs;
    private final SplittableRandom outputs;
    private long emitted;
    private double arrival;
    private int input;
    private int output;

    Stream() {
      SplittableRandom root = new SplittableRandom(seed);
      gaps = root.split();
      inputs = root.split();
      outputs = root.split();
    }

    @Override
    public boolean advance() {
      if (emitted == requestCount) {
        return false;
      }
      arrival += arrivals.nextGapSeconds(gaps);
      input = inputTokens.sample(inputs);
      output = outputTokens.sample(outputs);
      emitted++;
      return true;
    }

    @Override
    public double arrivalSeconds() {
      return arrival;
    }

    @Override
    public int inputTokens() {
      return input;
    }

    @Override
    public int outputTokens() {
      return output;
    }

    @Override
    public void close() {
      // Nothing to release: the stream is computed.
    }
  }
}
