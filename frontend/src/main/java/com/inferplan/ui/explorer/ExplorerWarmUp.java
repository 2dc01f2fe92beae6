package com.inferplan.ui.explorer;

import com.inferplan.backend.report.Paper;
import com.inferplan.backend.report.ReportFormat;
import com.inferplan.backend.report.ReportService;
import com.inferplan.backend.scenario.PublishedExample;
import com.inferplan.backend.scenario.Scenario;
import com.inferplan.backend.scenario.ScenarioService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Answers the landing page's default scenario and the published example once in the background after
 * start-up. The first answer builds the engine's performance models and warms the JIT (seconds); the
 * landing page is the first thing anyone opens, so that cost is paid here rather than by its first visitor.
 * It also makes the example's workbook and board pack once: the first XLSX and PDF in a JVM load POI,
 * PDFBox, JFreeChart and AWT's fonts (2–3 s on 2 cores, docs/benchmarks.md), which the first analyst
 * to export should not wait for.
 */
@Component
class ExplorerWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(ExplorerWarmUp.class);

    private final ScenarioService service;
    private final ExplorerExecutor executor;
    private final ReportService reports;

    ExplorerWarmUp(ScenarioService service, ExplorerExecutor executor, ReportService reports) {
        this.service = service;
        this.executor = executor;
        this.reports = reports;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        executor.executor().execute(() -> {
            long start = System.nanoTime();
            for (Scenario s : new Scenario[] {service.defaultScenario(), PublishedExample.scenario()}) {
                try {
                    service.publishedClaims(s, service.results(s));
                    service.sloSweep(s);
                    service.frontiers(s);
                } catch (RuntimeException e) {
                    LOG.warn("Explorer warm-up could not answer a built-in scenario: {}", e.getMessage());
                }
            }
            try {
                reports.unsaved("warm-up", PublishedExample.scenario(), ReportFormat.XLSX, Paper.A4);
                reports.unsaved("warm-up", PublishedExample.scenario(), ReportFormat.PDF, Paper.A4);
            } catch (RuntimeException e) {
                LOG.warn("Explorer warm-up could not make the example's reports: {}", e.getMessage());
            }
            LOG.info("Explorer warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
        });
    }
}
