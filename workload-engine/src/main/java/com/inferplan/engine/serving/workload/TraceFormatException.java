package com.inferplan.engine.serving.workload;

import com.inferplan.engine.serving.validation.InvalidInputException;

/** A trace CSV row or header is malformed; the field names the line and column. */
public final class TraceFormatException extends InvalidInputException {

  public TraceFormatException(long line, String column, Object value, String reason) {
    super("trace line " + line + " " + column, value, reason);
  }
}
