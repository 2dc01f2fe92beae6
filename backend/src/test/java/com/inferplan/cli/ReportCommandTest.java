package com.inferplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8)).run(args);
    }

    @Test
    void theExamplesBoardPackIsWrittenAndTheTimingPrinted() throws Exception {
        Path pdf = dir.resolve("spark.pdf");
        assertThat(run("report", "--example", "codex-spark", "--format", "pdf", "--out", pdf.toString())).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(6);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("wrote " + pdf).contains("4 options")
                .containsPattern("answer \\d+ ms, pdf \\d+ ms, total \\d+ ms");
    }

    @Test
    void aScenarioFileBecomesAWorkbookNamedAfterTheFile() throws Exception {
        Path scenario = Path.of("../docs/examples/six-options.json");
        Path xlsx = dir.resolve("six.xlsx");
        assertThat(run("report", "--scenario", scenario.toString(), "--format", "xlsx", "--out", xlsx.toString()))
                .isZero();
        assertThat(Files.size(xlsx)).isPositive();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("6 options");
    }

    @Test
    void anUnknownFormatIsAUsageErrorNamingTheFlag() {
        assertThat(run("report", "--example", "codex-spark", "--format", "docx", "--out", "x")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--format 'docx' is not one of");
    }

    @Test
    void anUnknownExampleIsAUsageError() {
        assertThat(run("report", "--example", "nope", "--format", "csv", "--out", "x")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--example 'nope' is not known");
    }
}
