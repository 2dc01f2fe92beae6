package com.inferplan.engine.serving.workload;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Requests replayed from a CSV trace with header columns {@code arrival_s}, {@code input_tokens},
 * {@code output_tokens} (any order, extra columns ignored). Arrival times are seconds and must not
 * decrease. The file is streamed, never loaded whole; opening counts the rows once.
 */
public final class TraceWorkload implements Workload {

  static final List<String> COLUMNS = List.of("arrival_s", "input_tokens", "output_tokens");

  private final Path csv;
  private final int[] columnIndex;
  private final long requestCount;

  private TraceWorkload(Path csv, int[] columnIndex, long requestCount) {
    this.csv = csv;
    this.columnIndex = columnIndex;
    this.requestCount = requestCount;
  }

  /** Reads the header and counts the rows; rows themselves are validated while streaming. */
  public static TraceWorkload fromCsv(Path csv) {
    try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      String header = reader.readLine();
      if (header == null) {
        throw new TraceFormatException(1, "header", "<empty file>", "expected " + COLUMNS);
      }
      int[] index = columnIndex(header.strip());
      long rows = reader.lines().filter(line -> !line.isBlank()).count();
      if (rows == 0) {
        throw new TraceFormatException(2, "row", "<none>", "trace has no requests");
      }
      return new TraceWorkload(csv, index, rows);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read trace " + csv, e);
    }
  }

  private static int[] columnIndex(String header) {
    List<String> names = Arrays.stream(header.split(",")).map(String::strip).toList();
    int[] index = new int[COLUMNS.size()];
    for (int i = 0; i < COLUMNS.size(); i++) {
      index[i] = names.indexOf(COLUMNS.get(i));
      if (index[i] < 0) {
        throw new TraceFormatException(1, "header", header, "missing column " + COLUMNS.get(i));
      }
    }
    return index;
  }

  @Override
  public long requestCount() {
    return requestCount;
  }

  @Override
  public RequestStream open() {
    try {
      BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
      reader.readLine();
      return new TraceStream(reader, columnIndex);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read trace " + csv, e);
    }
  }
}
