package com.inferplan.backend.report;

import com.inferplan.backend.portfolio.Portfolio;
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
 * Portfolio reports as files: {@code GET /api/v1/portfolios/{id}/report?format=xlsx|pdf|csv[&paper=a4|letter]
 * [&version=]} for a saved portfolio, {@code POST /api/v1/portfolios/report?format=...[&name=]} with the
 * portfolio as the body for an unsaved one. Viewers may export.
 */
@RestController
@RequestMapping("/api/v1/portfolios")
public class PortfolioReportController {

    private final PortfolioReportService reports;

    public PortfolioReportController(PortfolioReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/{id}/report")
    public ResponseEntity<byte[]> saved(@PathVariable String id, @RequestParam(defaultValue = "xlsx") String format,
                                        @RequestParam(required = false) String paper,
                                        @RequestParam(required = false) Integer version) {
        return ReportController.file(reports.saved(id, version, ReportFormat.parse("format", format),
                Paper.parse("paper", paper)));
    }

    @PostMapping(path = "/report", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> unsaved(@RequestBody Portfolio portfolio,
                                          @RequestParam(defaultValue = "xlsx") String format,
                                          @RequestParam(required = false) String paper,
                                          @RequestParam(defaultValue = "Unsaved portfolio") String name) {
        return ReportController.file(reports.unsaved(name, portfolio, ReportFormat.parse("format", format),
                Paper.parse("paper", paper)));
    }
}
