package ru.gospages.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes submission files in tests, so the input sits next to the assertions: a table of cells
 * (text, numbers, booleans, null for blank) as XLSX, XLS or CSV in a given encoding and delimiter.
 */
public final class Submissions {

    private Submissions() {
    }

    public static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    public static Path xlsx(Path file, String sheet, List<List<Object>> rows) {
        return workbook(new XSSFWorkbook(), file, sheet, rows);
    }

    public static Path xls(Path file, String sheet, List<List<Object>> rows) {
        return workbook(new HSSFWorkbook(), file, sheet, rows);
    }

    public static Path csv(Path file, Charset charset, char delimiter, boolean bom, List<List<Object>> rows) {
        StringBuilder text = new StringBuilder();
        for (List<Object> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) {
                    text.append(delimiter);
                }
                text.append(quote(row.get(c) == null ? "" : row.get(c).toString(), delimiter));
            }
            text.append("\r\n");
        }
        try {
            Files.createDirectories(file.getParent());
            byte[] bytes = text.toString().getBytes(charset);
            if (bom) {
                byte[] withBom = new byte[bytes.length + 3];
                withBom[0] = (byte) 0xEF;
                withBom[1] = (byte) 0xBB;
                withBom[2] = (byte) 0xBF;
                System.arraycopy(bytes, 0, withBom, 3, bytes.length);
                bytes = withBom;
            }
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path csvUtf8(Path file, List<List<Object>> rows) {
        return csv(file, StandardCharsets.UTF_8, ',', false, rows);
    }

    /** A valid 10-digit INN: the nine given digits and their check digit. */
    public static String inn(String nineDigits) {
        int[] weights = {2, 4, 10, 3, 5, 9, 4, 6, 8};
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += weights[i] * (nineDigits.charAt(i) - '0');
        }
        return nineDigits + (sum % 11 % 10);
    }

    /** A valid 13-digit OGRN: the twelve given digits and their check digit. */
    public static String ogrn(String twelveDigits) {
        return twelveDigits + Long.parseLong(twelveDigits) % 11 % 10;
    }

    /** An organisation directory ({@code inn,ogrn,name,oktmo,org_type,obligated}) with the given lines under its header. */
    public static Path directory(Path file, String... lines) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, "inn,ogrn,name,oktmo,org_type,obligated\n" + String.join("\n", lines) + "\n",
                    StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quote(String value, char delimiter) {
        if (value.indexOf(delimiter) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    private static Path workbook(Workbook workbook, Path file, String sheetName, List<List<Object>> rows) {
        try (workbook) {
            Sheet sheet = workbook.createSheet(sheetName);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof Boolean bool) {
                        cell.setCellValue(bool);
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
