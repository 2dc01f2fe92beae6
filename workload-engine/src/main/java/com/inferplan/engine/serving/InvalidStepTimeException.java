package com.inferplan.engine.serving;

import com.inferplan.engine.serving.validation.InvalidInputException;

/** A {@link StepTimeModel} returned a duration that is not a finite number > 0. */
public final class InvalidStepTimeException extends InvalidInputException {

  InvalidStepTimeException(double seconds, int decodeSequences, long decodeContextTokens,
      int prefillTokens, long prefillAttendedTokens) {
    super("StepTimeModel.iterationSeconds", seconds,
        "must be finite and > 0 (decodeSequences=" + decodeSequences
            + ", decodeContextTokens=" + decodeContextTokens
            + ", prefillTokens=" + prefillTokens
            + ", prefillAttendedTokens=" + prefillAttendedTokens + ")");
  }
}
