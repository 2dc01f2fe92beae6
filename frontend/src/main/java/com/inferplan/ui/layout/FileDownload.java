package com.inferplan.ui.layout;

import com.inferplan.backend.report.ReportFile;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.InputStreamDownloadHandler;
import java.util.function.Supplier;

/**
 * A download link (Vaadin {@code DownloadHandler}): the file is made when clicked, from what the view
 * shows at that moment, and saved under its own name. While it is made and sent the link is disabled
 * and says so ("building…", then the share sent, from the handler's transfer progress listeners); a
 * file that cannot be made is reported on the page (decision 0710) and answered 400 or 500, never a
 * broken file.
 */
public final class FileDownload {

    private FileDownload() {
    }

    public static Anchor link(String text, String id, Supplier<ReportFile> file) {
        Anchor link = new Anchor();
        Span label = new Span(text);
        DownloadProgress progress = new DownloadProgress(link, label, text);
        InputStreamDownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            progress.building(event.getUI());
            return FileResponse.of(text, file, message -> progress.failed(event.getUI(), message));
        });
        handler.onProgress(progress::sent).whenComplete(progress::done);
        link.setHref(handler);
        link.add(VaadinIcon.DOWNLOAD_ALT.create(), label);
        link.setId(id);
        link.addClassName("ip-download");
        link.getElement().setAttribute("download", true);
        link.getElement().setAttribute("title", "Download " + text);
        return link;
    }
}
