package com.inferplan.backend.report;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/** The workbook's few cell styles: headers, titles, and number formats by kind of quantity. */
record XlsxStyles(CellStyle title, CellStyle header, CellStyle text, CellStyle usdPerMillion, CellStyle usd,
                  CellStyle number, CellStyle integer, CellStyle percent, CellStyle link) {

    static XlsxStyles of(Workbook wb) {
        Font bold = wb.createFont();
        bold.setBold(true);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        Font blue = wb.createFont();
        blue.setUnderline(Font.U_SINGLE);
        blue.setColor(IndexedColors.BLUE.getIndex());
        CellStyle title = wb.createCellStyle();
        title.setFont(big);
        CellStyle header = wb.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        CellStyle text = wb.createCellStyle();
        text.setWrapText(false);
        CellStyle link = wb.createCellStyle();
        link.setFont(blue);
        return new XlsxStyles(title, header, text, format(wb, "$#,##0.0000"), format(wb, "$#,##0.00"),
                format(wb, "[>=1000]#,##0;#,##0.000"), format(wb, "#,##0"), format(wb, "0.0%"), link);
    }

    private static CellStyle format(Workbook wb, String pattern) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(wb.createDataFormat().getFormat(pattern));
        return style;
    }
}
