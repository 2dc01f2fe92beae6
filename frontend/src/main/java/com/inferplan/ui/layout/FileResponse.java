package com.inferplan.ui.layout;

import com.inferplan.backend.report.ReportFile;
import com.inferplan.backend.support.InvalidInputException;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a file for a download request and turns a failure into an answer and a sentence for the page:
 * inputs that cannot be computed say why (400); anything else is logged with an incident id and the
 * person gets that id, never the exception's text (500).
 */
final class FileResponse {

    private static final Logger LOG = LoggerFactory.getLogger(FileResponse.class);

    private FileResponse() {
    }

    static DownloadResponse of(String what, Supplier<ReportFile> file, Consumer<String> failed) {
        try {
            ReportFile made = file.get();
            return new DownloadResponse(new ByteArrayInputStream(made.bytes()), made.fileName(),
                    made.format().mediaType(), made.bytes().length);
        } catch (InvalidInputException e) {
            String reason = e.problems().isEmpty() ? e.getMessage() : e.problems().get(0).field() + ": "
                    + e.problems().get(0).message();
            failed.accept("The " + what + " could not be made: " + reason + ". Fix the input and try again.");
            return DownloadResponse.error(400, e.getMessage());
        } catch (RuntimeException e) {
            String incident = UUID.randomUUID().toString();
            LOG.error("incident {}: the {} download failed", incident, what, e);
            failed.accept("The " + what + " could not be made (incident " + incident + "). Try again; if it fails"
                    + " again, quote the incident id.");
            return DownloadResponse.error(500, "the file could not be made; incident " + incident);
        }
    }
}
