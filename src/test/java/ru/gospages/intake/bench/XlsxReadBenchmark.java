package ru.gospages.intake.bench;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import ru.gospages.intake.IntakeLimits;
import ru.gospages.intake.RawRow;
import ru.gospages.intake.SheetCursor;
import ru.gospages.intake.XlsxFormat;

/**
 * Memory and speed of {@link XlsxFormat} on a large agency-like workbook, against POI's SAX event
 * API ({@code XSSFSheetXMLHandler}) on the same file. Not a unit test: run it with a small heap,
 * {@code java -Xmx256m -cp <test classpath> ru.gospages.intake.bench.XlsxReadBenchmark [rows] [inline|shared] [file]}.
 * With {@code shared} the file uses a shared strings table, as Excel writes it (SXSSF then needs
 * a bigger heap to write it: pass an existing file to only read).
 */
public final class XlsxReadBenchmark {

    private static final String[] MUNICIPALITIES = {"Ханты-Мансийск", "Сургут", "Нижневартовск", "Нефтеюганск",
            "Когалым", "Нягань", "Мегион", "Лангепас", "Радужный", "Пыть-Ях", "Урай", "Югорск", "Покачи",
            "Белоярский район", "Берёзовский район", "Кондинский район", "Октябрьский район", "Советский район",
            "Сургутский район", "Ханты-Мансийский район"};
    private static final String[] TYPES = {"Орган местного самоуправления", "Подведомственная организация",
            "Государственный орган", "Суд", "Иное"};

    private XlsxReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        boolean shared = args.length > 1 && args[1].equals("shared");
        Path file = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("gospages-bench").resolve("pages.xlsx");
        if (!Files.exists(file)) {
            long start = System.nanoTime();
            write(file, rows, shared);
            System.out.printf(Locale.ROOT, "wrote %,d rows x 10 columns (%s strings), %.1f MB, in %.1f s: %s%n", rows,
                    shared ? "shared" : "inline", Files.size(file) / 1e6, seconds(start), file);
        }
        System.out.printf(Locale.ROOT, "max heap %d MB%n", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        for (int round = 1; round <= 2; round++) {
            measure("XlsxFormat (StAX pull)   round " + round, () -> readWithXlsxFormat(file));
            measure("POI XSSFSheetXMLHandler  round " + round, () -> readWithPoiEventApi(file));
        }
    }

    private interface Reading {
        long rows() throws Exception;
    }

    private static void measure(String name, Reading reading) throws Exception {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        long rows = reading.rows();
        double seconds = seconds(start);
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        long afterGc = heap.stream().mapToLong(pool -> pool.getCollectionUsage() == null ? 0 : pool.getCollectionUsage().getUsed()).sum();
        System.out.printf(Locale.ROOT, "%s: %,d rows in %.2f s = %,.0f rows/s; heap peak %.0f MB, live after last GC %.0f MB%n",
                name, rows, seconds, rows / seconds, peak / 1048576.0, afterGc / 1048576.0);
    }

    private static long readWithXlsxFormat(Path file) throws Exception {
        long rows = 0;
        try (SheetCursor cursor = new XlsxFormat().open(file, IntakeLimits.defaults())) {
            for (Optional<String> sheet = cursor.nextSheet(); sheet.isPresent(); sheet = cursor.nextSheet()) {
                for (RawRow row = cursor.nextRow(); row != null; row = cursor.nextRow()) {
                    rows++;
                }
            }
        }
        return rows;
    }

    /** POI's reference streaming reader (as in its XLSX2CSV example), counting rows. */
    private static long readWithPoiEventApi(Path file) throws Exception {
        long[] rows = {0};
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFSheetXMLHandler.SheetContentsHandler counter = new XSSFSheetXMLHandler.SheetContentsHandler() {
                @Override
                public void startRow(int rowNum) {
                }

                @Override
                public void endRow(int rowNum) {
                    rows[0]++;
                }

                @Override
                public void cell(String cellReference, String formattedValue, XSSFComment comment) {
                }
            };
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    SAXParserFactory factory = SAXParserFactory.newInstance();
                    factory.setNamespaceAware(true);
                    XMLReader xml = factory.newSAXParser().getXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, counter,
                            new DataFormatter(Locale.ROOT), false));
                    xml.parse(new InputSource(sheet));
                }
            }
        }
        return rows[0];
    }

    private static void write(Path file, int rows, boolean shared) throws Exception {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, true, shared); OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("Страницы");
            String[] header = {"№ п/п", "Наименование организации", "ИНН", "ОГРН", "Муниципальное образование",
                    "Тип организации", "Социальная сеть", "Ссылка на страницу", "Госметка", "Количество подписчиков"};
            var first = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                first.createCell(c).setCellValue(header[c]);
            }
            for (int r = 1; r <= rows; r++) {
                var row = sheet.createRow(r);
                String municipality = MUNICIPALITIES[r % MUNICIPALITIES.length];
                boolean vk = r % 3 != 0;
                row.createCell(0).setCellValue(r);
                row.createCell(1).setCellValue("Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № "
                        + r + "» г. " + municipality);
                row.createCell(2).setCellValue(8_601_000_000d + r);
                row.createCell(3).setCellValue(String.valueOf(1_028_600_000_000L + r));
                row.createCell(4).setCellValue(municipality);
                row.createCell(5).setCellValue(TYPES[r % TYPES.length]);
                row.createCell(6).setCellValue(vk ? "ВКонтакте" : "Одноклассники");
                row.createCell(7).setCellValue(vk ? "https://vk.com/club" + (200_000_000 + r) : "https://ok.ru/group/" + (70_000_000_000_000L + r));
                row.createCell(8).setCellValue(r % 4 == 0 ? "нет" : "да");
                row.createCell(9).setCellValue(r * 7 % 50_000);
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
