package com.inferplan.engine.agentic;

import com.inferplan.engine.serving.validation.Require;

/** Per-token prices, USD per million tokens (from pricing-models or a provider's price list). */
public record TokenPrices(double usdPerMillionInput, double usdPerMillionOutput) {

  static final double MAX_USD_PER_MILLION = 1e6;

  public TokenPrices {
    Require.within("usdPerMillionInput", usdPerMillionInput, 0, MAX_USD_PER_MILLION);
    Require.within("usdPerMillionOutput", usdPerMillionOutput, 0, MAX_USD_PER_MILLION);
  }

  double usdFor(double inputTokens, double outputTokens) {
    return (inputTokens * usdPerMillionInput + outputTokens * usdPerMillionOutput) / 1e6;
  }
}
