package com.inferplan.backend.report;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell writing every workbook shares (scenario and portfolio reports): sheets with column widths,
 * header rows, text, numbers with a style, formulas, links and named cells. Absent figures stay empty
 * cells, never NaN.
 */
final class XlsxCells {

    private final XSSFWorkbook wb;
    private final XlsxStyles styles;

    XlsxCells(XSSFWorkbook wb) {
        this.wb = wb;
        this.styles = XlsxStyles.of(wb);
    }

    XlsxStyles styles() {
        return styles;
    }

    /** A sheet with each column's width in characters. */
    Sheet sheet(String name, int... widths) {
        Sheet s = wb.createSheet(name);
        for (int i = 0; i < widths.length; i++) {
            s.setColumnWidth(i, widths[i] * 256);
        }
        return s;
    }

    void header(Sheet s, int r, String... titles) {
        Row row = s.createRow(r);
        for (int i = 0; i < titles.length; i++) {
            text(row, i, titles[i]).setCellStyle(styles.header());
        }
    }

    Cell text(Sheet s, int r, int c, String value) {
        Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
        return text(row, c, value);
    }

    Cell text(Row row, int c, String value) {
        Cell cell = row.createCell(c);
        if (value != null) {
            cell.setCellValue(value);
        }
        return cell;
    }

    void number(Row row, int c, double value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** A number in {@code style}, or an empty cell when the figure does not exist. */
    void optional(Row row, int c, Double value, CellStyle style) {
        if (value != null) {
            number(row, c, value, style);
        }
    }

    void optional(Row row, int c, Double value) {
        optional(row, c, value, styles.number());
    }

    void formula(Row row, int c, String formula, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellFormula(formula);
        cell.setCellStyle(style);
    }

    /** Names one cell of {@code sheet} (column letter, 1-based row), so formulas can use the name. */
    void name(String name, String sheet, String column, int row) {
        Name n = wb.createName();
        n.setNameName(name);
        n.setRefersToFormula("'" + sheet + "'!$" + column + "$" + row);
    }

    void link(Row row, int c, String url) {
        if (url == null || url.isBlank()) {
            return;
        }
        Cell cell = text(row, c, url);
        if (url.startsWith("http")) {
            Hyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.URL);
            link.setAddress(url);
            cell.setHyperlink(link);
            cell.setCellStyle(styles.link());
        }
    }

    /** Puts the sheets in {@code order}, the first one active. */
    void order(String... order) {
        for (int i = 0; i < order.length; i++) {
            wb.setSheetOrder(order[i], i);
        }
        wb.setActiveSheet(0);
    }
}
