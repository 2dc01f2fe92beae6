package com.inferplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken measurement CSVs through {@code validate} (issue 16): each cell replaced by hostile text,
 * cells dropped and added, quotes left open. Every run ends with exit 0, 1 or 2 and a message in
 * words: no exception name, no stack trace.
 */
class MeasurementImportFuzzTest {

    private static final String HEADER = "id,hardware,chips,model,weight_precision,kv_precision,framework,load,"
            + "concurrency,input_tokens,output_tokens,metric,value";
    private static final String ROW = "X1,nvidia-h100-sxm,1,llama-3.1-8b,bf16,,vllm,closed,1,1000,1000,output_tok_s_per_user,150";
    private static final List<String> HOSTILE = List.of("", "-1", "0", "1.5", "1e308", "NaN", "Infinity", "2147483648",
            "99999999999999999999", "abc", "\"", "\"unclosed", "<img src=x>", "x".repeat(10_000), "1,2", " ");

    @Test
    void everyBrokenFileEndsWithAnExitCodeAndAMessageInWords(@TempDir Path dir) throws Exception {
        List<String> files = new ArrayList<>();
        String[] cells = ROW.split(",", -1);
        for (int c = 0; c < cells.length; c++) {
            for (String hostile : HOSTILE) {
                String[] copy = cells.clone();
                copy[c] = hostile;
                files.add(HEADER + "\n" + String.join(",", copy) + "\n");
            }
        }
        files.add(HEADER + "\n" + ROW.substring(0, ROW.lastIndexOf(',')) + "\n");
        files.add(HEADER + "\n" + ROW + ",extra\n");
        files.add(HEADER.replace("metric", "metrik") + "\n" + ROW + "\n");
        files.add("");
        files.add(HEADER + "\n");
        List<String> failures = new ArrayList<>();
        Path csv = dir.resolve("m.csv");
        for (String content : files) {
            Files.writeString(csv, content);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8)).run(new String[] {"validate", "--measurements",
                        csv.toString(), "--out", dir.resolve("o.csv").toString()});
            String message = err.toString(StandardCharsets.UTF_8);
            if (code < 0 || code > 2 || message.contains("Exception") || message.contains("\tat ")) {
                failures.add("exit " + code + ": " + message.substring(0, Math.min(300, message.length())));
            }
        }
        System.out.println("MeasurementImportFuzzTest: " + files.size() + " broken files tried");
        assertThat(failures).isEmpty();
    }
}
