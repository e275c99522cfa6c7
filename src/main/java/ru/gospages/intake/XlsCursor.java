package ru.gospages.intake;

import java.util.Iterator;
import java.util.Optional;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.hssf.usermodel.HSSFHyperlink;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;

/** The cursor over a loaded XLS workbook: its visible sheets, row by row, values as {@link CellValues} writes them. */
final class XlsCursor implements SheetCursor {

    private final HSSFWorkbook workbook;
    private final POIFSFileSystem container;
    private final int maxRows;
    private final boolean date1904;
    private int nextSheet;
    private String sheetName;
    private Iterator<Row> sheetRows;
    private SheetLinks links = SheetLinks.NONE;
    private int rows;

    XlsCursor(HSSFWorkbook workbook, POIFSFileSystem container, IntakeLimits limits) {
        this.workbook = workbook;
        this.container = container;
        this.maxRows = limits.maxRowsPerSheet();
        this.date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
    }

    @Override
    public Optional<String> nextSheet() throws SubmissionException {
        sheetRows = null;
        try {
            while (nextSheet < workbook.getNumberOfSheets()) {
                int index = nextSheet++;
                if (workbook.isSheetHidden(index) || workbook.isSheetVeryHidden(index)) {
                    continue;
                }
                HSSFSheet sheet = workbook.getSheetAt(index);
                sheetName = sheet.getSheetName();
                links = links(sheet);
                sheetRows = sheet.rowIterator();
                rows = 0;
                return Optional.of(sheetName);
            }
            return Optional.empty();
        } catch (Exception e) {
            throw FileProblems.failure(e, FileProblems.DAMAGED_CONTENT);
        }
    }

    @Override
    public RawRow nextRow() throws SubmissionException {
        try {
            while (sheetRows != null && sheetRows.hasNext()) {
                RawRow row = toRawRow(sheetRows.next());
                if (row.isBlank()) {
                    continue;
                }
                if (++rows > maxRows) {
                    throw FileProblems.tooManyRows(sheetName, maxRows);
                }
                return row;
            }
            return null;
        } catch (Exception e) {
            throw FileProblems.failure(e, FileProblems.DAMAGED_CONTENT + ", лист «" + sheetName + "»");
        }
    }

    @Override
    public void close() {
        Quietly.close(workbook);
        Quietly.close(container);
    }

    private RawRow toRawRow(Row row) {
        String[] cells = new String[Math.max(0, row.getLastCellNum())];
        for (Cell cell : row) {
            int column = cell.getColumnIndex();
            if (column >= 0 && column < cells.length) {
                String value = value(cell, cell.getCellType());
                String target = links.target(row.getRowNum() + 1, column);
                cells[column] = target == null ? value : CellValues.linkOrText(value == null ? "" : value, target);
            }
        }
        return new RawRow(row.getRowNum() + 1, cells);
    }

    private String value(Cell cell, CellType type) {
        switch (type) {
            case NUMERIC:
                return DateUtil.isCellDateFormatted(cell)
                        ? CellValues.date(cell.getNumericCellValue(), date1904)
                        : CellValues.number(cell.getNumericCellValue());
            case STRING:
                return cell.getStringCellValue();
            case BOOLEAN:
                return CellValues.bool(cell.getBooleanCellValue());
            case ERROR:
                return errorText(cell.getErrorCellValue());
            case FORMULA:
                return value(cell, cell.getCachedFormulaResultType());
            default:
                return null;
        }
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR!";
        }
    }

    /** The sheet's links to outside the workbook, by cell; built once because {@code Cell.getHyperlink()} scans them all. */
    private static SheetLinks links(HSSFSheet sheet) {
        SheetLinks.Builder links = new SheetLinks.Builder();
        for (HSSFHyperlink link : sheet.getHyperlinkList()) {
            if (link.getType() != HyperlinkType.DOCUMENT && link.getAddress() != null) {
                links.add(link.getFirstRow() + 1, link.getLastRow() + 1, link.getFirstColumn(), link.getLastColumn(), link.getAddress());
            }
        }
        return links.build();
    }
}
