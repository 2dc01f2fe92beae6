package com.inferplan.engine.serving.workload;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Parses trace rows one at a time, validating each as it is read. */
final class TraceStream implements RequestStream {

  private final BufferedReader reader;
  private final int[] columnIndex;
  private long line = 1;
  private double arrival;
  private int input;
  private int output;

  TraceStream(BufferedReader reader, int[] columnIndex) {
    this.reader = reader;
    this.columnIndex = columnIndex;
  }

  @Override
  public boolean advance() {
    String row = nextRow();
    if (row == null) {
      return false;
    }
    String[] cells = row.split(",", -1);
    double previous = arrival;
    arrival = parseArrival(cells);
    if (arrival < previous) {
      throw new TraceFormatException(line, "arrival_s", arrival,
          "arrival times must not decrease (previous row: " + previous + ")");
    }
    input = parseTokens(cells, 1);
    output = parseTokens(cells, 2);
    return true;
  }

  private String nextRow() {
    try {
      String row;
      do {
        row = reader.readLine();
        line++;
      } while (row != null && row.isBlank());
      return row;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read trace at line " + line, e);
    }
  }

  private String cell(String[] cells, int column) {
    int index = columnIndex[column];
    if (index >= cells.length) {
      throw new TraceFormatException(line, TraceWorkload.COLUMNS.get(column), "<missing>",
          "row has only " + cells.length + " cells");
    }
    return cells[index].strip();
  }

  private double parseArrival(String[] cells) {
    String text = cell(cells, 0);
    try {
      double value = Double.parseDouble(text);
      if (!(value >= 0) || Double.isInfinite(value)) {
        throw new TraceFormatException(line, "arrival_s", text, "must be a finite number >= 0");
      }
      return value;
    } catch (NumberFormatException e) {
      throw new TraceFormatException(line, "arrival_s", text, "not a number");
    }
  }

  private int parseTokens(String[] cells, int column) {
    String text = cell(cells, column);
    String name = TraceWorkload.COLUMNS.get(column);
    try {
      int value = Integer.parseInt(text);
      if (value < 1) {
        throw new TraceFormatException(line, name, text, "must be >= 1");
      }
      return value;
    } catch (NumberFormatException e) {
      throw new TraceFormatException(line, name, text, "not a whole number");
    }
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
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close trace", e);
    }
  }
}
