package com.inferplan.ui.layout;

import com.inferplan.backend.report.ReportFile;
import com.inferplan.backend.support.InvalidInputException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/**
 * A download link (Vaadin {@code DownloadHandler}): the file is made when clicked, from what the view
 * shows at that moment, and saved under its own name. A view whose inputs cannot be computed answers
 * 400 with the reason instead of a broken file.
 */
public final class FileDownload {

    private FileDownload() {
    }

    public static Anchor link(String text, String id, Supplier<ReportFile> file) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                ReportFile made = file.get();
                return new DownloadResponse(new ByteArrayInputStream(made.bytes()), made.fileName(),
                        made.format().mediaType(), made.bytes().length);
            } catch (InvalidInputException e) {
                return DownloadResponse.error(400, e.getMessage());
            }
        }), "");
        link.add(VaadinIcon.DOWNLOAD_ALT.create());
        link.add(text);
        link.setId(id);
        link.addClassName("ip-download");
        link.getElement().setAttribute("download", true);
        link.getElement().setAttribute("title", "Download " + text);
        return link;
    }
}
