package com.inferplan.backend.report;

import com.inferplan.backend.scenario.Scenario;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scenario reports as files: {@code GET /api/v1/scenarios/{id}/report?format=xlsx|pdf|csv[&paper=a4|letter]
 * [&version=]} for a saved scenario, {@code POST /api/v1/scenarios/report?format=...[&name=]} with the
 * scenario as the body for an unsaved one.
 */
@RestController
@RequestMapping("/api/v1/scenarios")
public class ReportController {

    private final ReportService reports;

    public ReportController(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/{id}/report")
    public ResponseEntity<byte[]> saved(@PathVariable String id, @RequestParam(defaultValue = "xlsx") String format,
                                        @RequestParam(required = false) String paper,
                                        @RequestParam(required = false) Integer version) {
        return file(reports.saved(id, version, ReportFormat.parse("format", format), Paper.parse("paper", paper)));
    }

    @PostMapping(path = "/report", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> unsaved(@RequestBody Scenario scenario,
                                          @RequestParam(defaultValue = "xlsx") String format,
                                          @RequestParam(required = false) String paper,
                                          @RequestParam(defaultValue = "Unsaved scenario") String name) {
        return file(reports.unsaved(name, scenario, ReportFormat.parse("format", format), Paper.parse("paper", paper)));
    }

    static ResponseEntity<byte[]> file(ReportFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.format().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName())
                        .build().toString())
                .body(file.bytes());
    }
}
