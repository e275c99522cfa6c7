package ru.gospages.publish;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The cell styles of the verification workbook: title, header, and text, integer and percent cells, each plain and bold for the totals. */
final class VerificationStyles {

    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle[] text = new CellStyle[2];
    private final CellStyle[] integer = new CellStyle[2];
    private final CellStyle[] percent = new CellStyle[2];

    VerificationStyles(Workbook workbook) {
        DataFormat formats = workbook.createDataFormat();
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font large = workbook.createFont();
        large.setBold(true);
        large.setFontHeightInPoints((short) 13);

        title = workbook.createCellStyle();
        title.setFont(large);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        for (int b = 0; b < 2; b++) {
            text[b] = workbook.createCellStyle();
            integer[b] = workbook.createCellStyle();
            // "#,##0": thousands grouped the way the reader's Excel groups them (1 487 in Russian)
            integer[b].setDataFormat(formats.getFormat("#,##0"));
            percent[b] = workbook.createCellStyle();
            percent[b].setDataFormat(formats.getFormat("0.0%"));
            if (b == 1) {
                text[b].setFont(bold);
                integer[b].setFont(bold);
                percent[b].setFont(bold);
            }
        }
    }

    CellStyle title() {
        return title;
    }

    CellStyle header() {
        return header;
    }

    CellStyle text(boolean total) {
        return text[total ? 1 : 0];
    }

    CellStyle integer(boolean total) {
        return integer[total ? 1 : 0];
    }

    CellStyle percent(boolean total) {
        return percent[total ? 1 : 0];
    }
}
