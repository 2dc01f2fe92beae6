package com.inferplan.backend.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A top-to-bottom page writer over PDFBox: wrapped paragraphs, simple tables that continue on the next
 * page with their header, images; page numbers and a footer on every page at the end. Text is set in
 * the embedded DejaVu Sans (bundled, so ≤, –, ×, σ print anywhere).
 */
final class PdfCanvas implements AutoCloseable {

    static final float MARGIN = 50;
    /** The date every board pack prints on its title page and footer. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    /** Charts are drawn at twice their printed size, so they stay sharp in print. */
    static final int CHART_SCALE = 2;
    private static final float LEADING = 1.3f;

    private final PDDocument doc = new PDDocument();
    private final PDRectangle size;
    private final PDFont regular;
    private final PDFont bold;
    private final String footer;
    private PDPageContentStream content;
    private float y;

    PdfCanvas(PDRectangle size, String footer) {
        this.size = size;
        this.footer = footer;
        this.regular = font("/fonts/DejaVuSans.ttf");
        this.bold = font("/fonts/DejaVuSans-Bold.ttf");
    }

    private PDFont font(String resource) {
        try (InputStream in = PdfCanvas.class.getResourceAsStream(resource)) {
            return PDType0Font.load(doc, in);
        } catch (IOException e) {
            throw new UncheckedIOException("bundled font " + resource + " cannot be read", e);
        }
    }

    float width() {
        return size.getWidth() - 2 * MARGIN;
    }

    void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(size);
        doc.addPage(page);
        content = new PDPageContentStream(doc, page);
        y = size.getHeight() - MARGIN;
    }

    void title(String text) throws IOException {
        paragraph(text, 20, true);
        space(6);
    }

    void heading(String text) throws IOException {
        ensure(80); // room for what follows it (a table's header and first row), so a heading is never alone
        space(6);
        paragraph(text, 13, true);
        space(2);
    }

    void paragraph(String text, float fontSize, boolean isBold) throws IOException {
        PDFont font = isBold ? bold : regular;
        for (String line : wrap(text, font, fontSize, width())) {
            ensure(fontSize * LEADING);
            write(line, font, fontSize, MARGIN, y - fontSize);
            y -= fontSize * LEADING;
        }
    }

    void text(String text) throws IOException {
        paragraph(text, 10, false);
    }

    void space(float points) {
        y -= points;
    }

    /** A table with column widths as fractions of the text width; rows wrap inside their cells. */
    void table(float[] fractions, List<String> header, List<List<String>> rows, float fontSize) throws IOException {
        float[] widths = new float[fractions.length];
        for (int i = 0; i < fractions.length; i++) {
            widths[i] = fractions[i] * width();
        }
        // a header alone at the foot of a page: start the table on the next page with its first row
        ensure(rowHeight(widths, header, fontSize, bold)
                + (rows.isEmpty() ? 0 : rowHeight(widths, rows.get(0), fontSize, regular)));
        row(widths, header, fontSize, true);
        for (List<String> r : rows) {
            if (rowHeight(widths, r, fontSize, regular) > y - MARGIN - 20) {
                newPage();
                row(widths, header, fontSize, true);
            }
            row(widths, r, fontSize, false);
        }
        space(6);
    }

    private void row(float[] widths, List<String> cells, float fontSize, boolean isHeader) throws IOException {
        PDFont font = isHeader ? bold : regular;
        float height = rowHeight(widths, cells, fontSize, font);
        ensure(height);
        if (isHeader) {
            content.setNonStrokingColor(0.9f, 0.9f, 0.9f);
            content.addRect(MARGIN, y - height, width(), height);
            content.fill();
            content.setNonStrokingColor(0f, 0f, 0f);
        }
        float x = MARGIN;
        for (int i = 0; i < widths.length; i++) {
            float lineY = y - fontSize - 2;
            for (String line : wrap(cells.get(i), font, fontSize, widths[i] - 4)) {
                write(line, font, fontSize, x + 2, lineY);
                lineY -= fontSize * LEADING;
            }
            x += widths[i];
        }
        y -= height;
        content.setStrokingColor(0.8f, 0.8f, 0.8f);
        content.moveTo(MARGIN, y);
        content.lineTo(MARGIN + width(), y);
        content.stroke();
    }

    /** In the row's own font: bold header text wraps sooner than regular text. */
    private float rowHeight(float[] widths, List<String> cells, float fontSize, PDFont font) throws IOException {
        int lines = 1;
        for (int i = 0; i < widths.length; i++) {
            lines = Math.max(lines, wrap(cells.get(i), font, fontSize, widths[i] - 4).size());
        }
        return lines * fontSize * LEADING + 4;
    }

    /** A heading and a bullet per note; nothing when there are no notes. */
    void bullets(String heading, List<String> notes) throws IOException {
        if (notes.isEmpty()) {
            return;
        }
        heading(heading);
        for (String note : notes) {
            paragraph("• " + note, 8.5f, false);
        }
    }

    /** A chart drawn at {@link #CHART_SCALE} times the text width and {@code heightPoints}, printed at that size. */
    void chart(java.util.function.BiFunction<Integer, Integer, BufferedImage> draw, float heightPoints)
            throws IOException {
        image(draw.apply((int) width() * CHART_SCALE, (int) heightPoints * CHART_SCALE), width());
    }

    /** An image scaled to {@code widthPoints}, its aspect kept. */
    void image(BufferedImage image, float widthPoints) throws IOException {
        float height = widthPoints * image.getHeight() / image.getWidth();
        ensure(height);
        PDImageXObject x = LosslessFactory.createFromImage(doc, image);
        content.drawImage(x, MARGIN, y - height, widthPoints, height);
        y -= height + 8;
    }

    /** Starts a new page unless {@code height} points fit above the bottom margin. */
    void ensure(float height) throws IOException {
        if (y - height < MARGIN + 20) {
            newPage();
        }
    }

    private void write(String text, PDFont font, float fontSize, float x, float baseline) throws IOException {
        content.beginText();
        content.setFont(font, fontSize);
        content.newLineAtOffset(x, baseline);
        content.showText(text);
        content.endText();
    }

    static List<String> wrap(String text, PDFont font, float fontSize, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (line.length() > 0 && font.getStringWidth(candidate) / 1000 * fontSize > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Footer and "page n of m" on every page, then the document. */
    PDDocument finish() throws IOException {
        content.close();
        int total = doc.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            try (PDPageContentStream c = new PDPageContentStream(doc, doc.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String line = footer + "   ·   page " + (i + 1) + " of " + total;
                // a long document name would push "page n of m" off the page: shrink the footer to fit instead
                float size = Math.min(8, 8 * width() / (regular.getStringWidth(line) / 1000 * 8));
                c.setNonStrokingColor(0.4f, 0.4f, 0.4f);
                c.beginText();
                c.setFont(regular, size);
                c.newLineAtOffset(MARGIN, MARGIN / 2);
                c.showText(line);
                c.endText();
            }
        }
        return doc;
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
