package com.inferplan.engine.serving.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceWorkloadTest {

  @TempDir
  Path dir;

  private Path write(String content) throws IOException {
    Path file = dir.resolve("trace.csv");
    Files.writeString(file, content);
    return file;
  }

  @Test
  void readsColumnsByHeaderNameInAnyOrder() throws IOException {
    TraceWorkload trace = TraceWorkload.fromCsv(write(
        "output_tokens,session,arrival_s,input_tokens\n120,a,0.5,900\n\n80,b,1.25,300\n"));

    assertThat(trace.requestCount()).isEqualTo(2);
    try (RequestStream stream = trace.open()) {
      assertThat(stream.advance()).isTrue();
      assertThat(stream.arrivalSeconds()).isEqualTo(0.5);
      assertThat(stream.inputTokens()).isEqualTo(900);
      assertThat(stream.outputTokens()).isEqualTo(120);
      assertThat(stream.advance()).isTrue();
      assertThat(stream.arrivalSeconds()).isEqualTo(1.25);
      assertThat(stream.advance()).isFalse();
    }
  }

  @Test
  void missingColumnNamesTheColumn() throws IOException {
    Path file = write("arrival_s,input_tokens\n0,10\n");

    assertThatThrownBy(() -> TraceWorkload.fromCsv(file))
        .isInstanceOf(TraceFormatException.class)
        .hasMessageContaining("missing column output_tokens");
  }

  @Test
  void decreasingArrivalNamesTheLine() throws IOException {
    TraceWorkload trace = TraceWorkload.fromCsv(write(
        "arrival_s,input_tokens,output_tokens\n2.0,10,10\n1.0,10,10\n"));

    try (RequestStream stream = trace.open()) {
      stream.advance();
      assertThatThrownBy(stream::advance)
          .isInstanceOf(TraceFormatException.class)
          .hasMessageContaining("trace line 3 arrival_s = 1.0")
          .hasMessageContaining("must not decrease");
    }
  }

  @Test
  void nonNumericTokenCountNamesLineAndColumn() throws IOException {
    TraceWorkload trace = TraceWorkload.fromCsv(write(
        "arrival_s,input_tokens,output_tokens\n0,ten,10\n"));

    try (RequestStream stream = trace.open()) {
      assertThatThrownBy(stream::advance)
          .isInstanceOf(TraceFormatException.class)
          .hasMessage("trace line 2 input_tokens = ten: not a whole number");
    }
  }
}
