package com.inferplan.backend.report;

import com.inferplan.backend.portfolio.Portfolio;
import com.inferplan.backend.portfolio.PortfolioAnswer;
import com.inferplan.backend.portfolio.PortfolioCsv;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;

/** Renders a portfolio and its answer in one format (no Spring: the CLI and the benchmark use it too). */
public final class PortfolioReportRenderer {

    private final Clock clock;

    public PortfolioReportRenderer(Clock clock) {
        this.clock = clock;
    }

    public ReportFile render(String name, Portfolio portfolio, PortfolioAnswer answer, ReportFormat format,
                             Paper paper) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            switch (format) {
                case XLSX -> PortfolioXlsx.write(PortfolioReport.of(name, portfolio, answer, clock.instant()), bytes);
                case PDF -> PortfolioPdf.write(PortfolioReport.of(name, portfolio, answer, clock.instant()), paper,
                        bytes);
                case CSV -> bytes.writeBytes(PortfolioCsv.of(answer).bytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the " + format.extension() + " portfolio report could not be written", e);
        }
        return new ReportFile(bytes.toByteArray(), format, ReportFile.fileName(name, format));
    }
}
