package ru.gospages.publish;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The few cell styles of a written workbook, created once per workbook: Excel caps a workbook at
 * about 64,000 styles, so a style per cell would break large files.
 */
final class XlsxStyles {

    private final CellStyle header;
    private final CellStyle integer;
    private final CellStyle decimal;
    private final CellStyle link;

    XlsxStyles(Workbook workbook) {
        DataFormat formats = workbook.createDataFormat();

        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        // long titles such as «Перенесена из прошлого периода» wrap instead of widening the column
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);

        integer = workbook.createCellStyle();
        // "0" rather than General: General turns 12-digit numbers into 1.23E+11
        integer.setDataFormat(formats.getFormat("0"));

        decimal = workbook.createCellStyle();
        decimal.setDataFormat(formats.getFormat("0.0"));

        Font blueUnderlined = workbook.createFont();
        blueUnderlined.setUnderline(Font.U_SINGLE);
        blueUnderlined.setColor(IndexedColors.BLUE.getIndex());
        link = workbook.createCellStyle();
        link.setFont(blueUnderlined);
    }

    CellStyle header() {
        return header;
    }

    CellStyle integer() {
        return integer;
    }

    CellStyle decimal() {
        return decimal;
    }

    CellStyle link() {
        return link;
    }
}
