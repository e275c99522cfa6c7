package ru.gospages.intake;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFRichTextString;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Agency workbooks written with POI, holding the cell values of SPEC 4.3 on a visible sheet
 * «Страницы» with blank rows in between, beside hidden sheets that must not be read.
 */
public final class AgencyWorkbooks {

    private AgencyWorkbooks() {
    }

    /**
     * An .xlsx: a hidden sheet, «Страницы», a very hidden sheet and «Лист2». Rows 1, 2 and 5 of
     * «Страницы» have values: text with a no-break space, INN as a number and as text, hyperlink
     * cells, numbers, a date and a date-time, booleans, formulas with cached results, rich text.
     */
    public static void writeXlsx(Path file) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CreationHelper helper = workbook.getCreationHelper();
            workbook.createSheet("Скрытый").createRow(0).createCell(0).setCellValue("не читать");
            XSSFSheet pages = workbook.createSheet("Страницы");
            workbook.createSheet("Служебный").createRow(0).createCell(0).setCellValue("не читать");
            workbook.createSheet("Лист2").createRow(0).createCell(1).setCellValue("B1 only");
            workbook.setSheetVisibility(0, SheetVisibility.HIDDEN);
            workbook.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
            workbook.setActiveSheet(1);

            XSSFRow header = pages.createRow(0);
            String[] titles = {"Организация", "ИНН", "Ссылка", "Число", "Дата", "Госметка", "Формула"};
            for (int c = 0; c < titles.length; c++) {
                header.createCell(c).setCellValue(titles[c]);
            }
            XSSFRow first = pages.createRow(1);
            first.createCell(0).setCellValue("Администрация\u00A0города");
            first.createCell(1).setCellValue(8601010390d);
            link(workbook, first.createCell(2), "Страница ВК", "https://vk.com/club1");
            first.createCell(3).setCellValue(12345.0);
            XSSFCell day = first.createCell(4);
            day.setCellValue(LocalDate.of(2024, 3, 15));
            day.setCellStyle(format(workbook, "dd.mm.yyyy"));
            first.createCell(5).setCellValue(true);
            first.createCell(6).setCellFormula("B2+1");
            pages.createRow(2).createCell(0).setCellValue("   ");
            pages.createRow(3);

            XSSFRow second = pages.createRow(4);
            XSSFRichTextString rich = new XSSFRichTextString("ГБУ «Школа»");
            XSSFFont bold = workbook.createFont();
            bold.setBold(true);
            rich.applyFont(0, 3, bold);
            second.createCell(0).setCellValue(rich);
            second.createCell(1).setCellValue("8601010390");
            link(workbook, second.createCell(2), "https://ok.ru/group/1", "https://ok.ru/group/1");
            second.createCell(3).setCellValue(0.25);
            XSSFCell moment = second.createCell(4);
            moment.setCellValue(LocalDateTime.of(2024, 3, 15, 10, 30));
            moment.setCellStyle(format(workbook, "dd.mm.yyyy hh:mm"));
            second.createCell(5).setCellValue(false);
            second.createCell(6).setCellFormula("CONCATENATE(\"a\",\"b\")");
            second.createCell(7).setCellFormula("1/0");
            helper.createFormulaEvaluator().evaluateAll();
            workbook.write(out);
        }
    }

    /** An .xls: «Страницы» and a hidden sheet; rows 1, 2 and 5 have values as in {@link #writeXlsx}. */
    static void writeXls(Path file) throws Exception {
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            HSSFSheet pages = workbook.createSheet("Страницы");
            workbook.createSheet("Скрытый").createRow(0).createCell(0).setCellValue("не читать");
            workbook.setSheetVisibility(1, SheetVisibility.HIDDEN);

            HSSFRow header = pages.createRow(0);
            header.createCell(0).setCellValue("Организация");
            header.createCell(1).setCellValue("ИНН");
            header.createCell(2).setCellValue("Ссылка");
            HSSFRow first = pages.createRow(1);
            first.createCell(0).setCellValue("Администрация\u00A0города");
            first.createCell(1).setCellValue(8601010390d);
            link(workbook, first.createCell(2), "Страница ВК", "https://vk.com/club1");
            first.createCell(3).setCellValue(0.25);
            HSSFCell day = first.createCell(4);
            day.setCellValue(LocalDate.of(2024, 3, 15));
            day.setCellStyle(format(workbook, "dd.mm.yyyy"));
            first.createCell(5).setCellValue(true);
            first.createCell(6).setCellFormula("B2+1");
            first.createCell(7).setCellErrorValue(FormulaError.NA);
            pages.createRow(2).createCell(0).setCellValue("\u00A0 ");
            pages.createRow(3);
            HSSFRow second = pages.createRow(4);
            second.createCell(0).setCellValue(new HSSFRichTextString("ГБУ «Школа»"));
            second.createCell(1).setCellValue("8601010390");
            link(workbook, second.createCell(2), "https://ok.ru/group/1", "https://ok.ru/group/1");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
        }
    }

    /** {@link #writeXlsx}'s workbook, encrypted (agile) with a password, as Excel saves it. */
    public static void writeEncryptedXlsx(Path file, String password) throws Exception {
        Path plain = file.resolveSibling("plain-" + file.getFileName());
        writeXlsx(plain);
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream encrypted = encryptor.getDataStream(container)) {
                Files.copy(plain, encrypted);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                container.writeFilesystem(out);
            }
        }
    }

    private static CellStyle format(Workbook workbook, String pattern) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(pattern));
        return style;
    }

    private static void link(Workbook workbook, Cell cell, String text, String address) {
        Hyperlink link = workbook.getCreationHelper().createHyperlink(HyperlinkType.URL);
        link.setAddress(address);
        cell.setCellValue(text);
        cell.setHyperlink(link);
    }
}
