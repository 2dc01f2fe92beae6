package com.inferplan.engine.agentic;

import com.inferplan.engine.serving.validation.Require;

/** Per-token prices, USD per million tokens (from pricing-models or a provider's price list). */
public record TokenPrices(double usdPerMillionInput, double usdPerMillionOutput) {

  public TokenPrices {
    Require.nonNegative("usdPerMillionInput", usdPerMillionInput);
    Require.nonNegative("usdPerMillionOutput", usdPerMillionOutput);
  }

  double usdFor(double inputTokens, double outputTokens) {
    return (inputTokens * usdPerMillionInput + outputTokens * usdPerMillionOutput) / 1e6;
  }
}
