package com.inferplan.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.inferplan.backend.report.ReportFile;
import com.inferplan.backend.report.ReportFormat;
import com.inferplan.backend.support.InvalidInputException;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileResponseTest {

    private final List<String> shown = new ArrayList<>();

    @Test
    void aMadeFileIsSentUnderItsNameWithItsLength() {
        byte[] csv = "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8);
        DownloadResponse r = FileResponse.of("CSV", () -> new ReportFile(csv, ReportFormat.CSV, "inferplan-x.csv"),
                shown::add);
        assertThat(r.hasError()).isFalse();
        assertThat(r.getFileName()).isEqualTo("inferplan-x.csv");
        assertThat(r.getContentLength()).isEqualTo(8);
        assertThat(shown).isEmpty();
    }

    @Test
    void inputsThatCannotBeComputedAreAnswered400AndTheFieldIsNamedOnThePage() {
        DownloadResponse r = FileResponse.of("PDF (A4)", () -> {
            throw new InvalidInputException("workload.slo.tpotMs", 0, "must be above 0 and at most 10,000 ms");
        }, shown::add);
        assertThat(r.getError()).isEqualTo(400);
        assertThat(shown).containsExactly("The PDF (A4) could not be made: workload.slo.tpotMs: must be above 0 and"
                + " at most 10,000 ms. Fix the input and try again.");
    }

    @Test
    void aDefectIsAnswered500WithAnIncidentIdAndNoInternals() {
        DownloadResponse r = FileResponse.of("XLSX", () -> {
            throw new IllegalStateException("POI row 17 null pointer in CellStyle");
        }, shown::add);
        assertThat(r.getError()).isEqualTo(500);
        assertThat(shown).singleElement().satisfies(m -> assertThat(m)
                .matches("The XLSX could not be made \\(incident [0-9a-f-]{36}\\)\\. Try again; .*")
                .doesNotContain("POI"));
    }
}
