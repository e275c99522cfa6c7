package ru.gospages.publish.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import ru.gospages.publish.files.Column;
import ru.gospages.publish.files.DeterministicZip;
import ru.gospages.publish.files.XlsxTableWriter;
import ru.gospages.publish.files.XlsxText;
import ru.gospages.publish.opendata.RegistryTable;
import ru.gospages.registry.RegistryPage;

/**
 * Writes N registry pages (default 1,000,000) to an XLSX and prints the time, the peak heap used
 * and the live heap after a full GC every quarter of the rows (flat = streaming works).
 * Run with {@code java -Xmx1g ... XlsxWriteBenchmark [rows] [formula|sxssf|objects|rows] [folder]}:
 * {@code formula} is {@link XlsxTableWriter} (its own SpreadsheetML straight into the zip, links as
 * HYPERLINK formulas); {@code sxssf} is the same sheet written the way the writer did before, with
 * POI SXSSF and a {@link DeterministicZip} copy, for comparison; {@code objects} is SXSSF with
 * {@code Cell.setHyperlink}, the link alternative rejected before that; {@code rows} only makes
 * the rows and takes every column's value, the part of each figure that is not writing.
 */
public final class XlsxWriteBenchmark {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final List<String> MUNICIPALITIES = List.of("город Сургут", "город Нижневартовск",
            "Сургутский район", "Ханты-Мансийский район", "город Ханты-Мансийск", "Нефтеюганский район");

    private XlsxWriteBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        String mode = args.length > 1 ? args[1] : "formula";
        Path folder = Path.of(args.length > 2 ? args[2] : System.getProperty("java.io.tmpdir"));
        Path file = folder.resolve("bench-official-pages-" + mode + ".xlsx");

        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> sample(peak), "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();

        long start = System.nanoTime();
        long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        if (mode.equals("rows")) {
            readOnly(pages(rows), file);
        } else if (mode.equals("sxssf") || mode.equals("objects")) {
            writeWithSxssf(pages(rows), file, mode.equals("objects"));
        } else {
            new XlsxTableWriter(LocalDate.of(2022, 11, 30)).write(RegistryTable.table(), pages(rows), file);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // CPU time of the writing thread: steadier than wall time on a shared machine
        double cpuSeconds = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
        sampler.interrupt();

        System.out.printf(Locale.ROOT, "mode=%s rows=%d seconds=%.1f cpuSeconds=%.1f rows/s=%.0f file=%.1f MB peakHeapUsed=%d MB "
                        + "maxHeap=%d MB%n", mode, rows, seconds, cpuSeconds, rows / seconds, Files.size(file) / 1e6,
                peak.get() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        Files.delete(file);
    }

    /** Pages made one at a time, as a database cursor hands them out; reports the live heap at each quarter. */
    private static Iterator<RegistryPage> pages(long count) {
        long quarter = Math.max(1, count / 4);
        return new Iterator<>() {
            private long next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public RegistryPage next() {
                long i = next++;
                if (i > 0 && i % quarter == 0) {
                    reportLiveHeap(i);
                }
                return new RegistryPage("https://vk.com/club" + (100_000 + i), i % 2 == 0 ? "vk" : "ok",
                        "Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № " + i + "»",
                        // already 10 and 13 digits: no String.format, whose cost would blur the writer's
                        Long.toString(8_600_000_000L + i), Long.toString(1_028_600_000_000L + i),
                        "Подведомственная организация",
                        MUNICIPALITIES.get((int) (i % MUNICIPALITIES.size())), "71876000", i % 10 != 0,
                        i % 7 == 0 ? OptionalLong.empty() : OptionalLong.of(i % 50_000), "2022-11", i % 20 == 0);
            }
        };
    }

    private static void reportLiveHeap(long rowsDone) {
        System.gc(); // only to read the live set; a few pauses in a run of many seconds
        System.out.printf(Locale.ROOT, "  after %,d rows: live heap %d MB%n", rowsDone,
                MEMORY.getHeapMemoryUsage().getUsed() >> 20);
    }

    private static void sample(AtomicLong peak) {
        while (!Thread.currentThread().isInterrupted()) {
            peak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Takes every value of every row, as the writers do, and writes an empty file. */
    private static void readOnly(Iterator<RegistryPage> pages, Path file) throws IOException {
        long values = 0;
        while (pages.hasNext()) {
            RegistryPage page = pages.next();
            for (Column<RegistryPage> column : RegistryTable.table().columns()) {
                values += column.valueOf(page) == null ? 0 : 1;
            }
        }
        Files.writeString(file, Long.toString(values));
    }

    /**
     * The registry sheet as SXSSF wrote it (window of 100 rows, compressed temporary files, widths,
     * styles, frozen header, auto-filter, then a copy with fixed entry times), the address as a
     * HYPERLINK formula or, with {@code linkObjects}, as a hyperlink object.
     */
    private static void writeWithSxssf(Iterator<RegistryPage> pages, Path file, boolean linkObjects) throws IOException {
        Path unstamped = Files.createTempFile("bench-sxssf-", ".xlsx");
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            workbook.setCompressTempFiles(true);
            CellStyle link = workbook.createCellStyle();
            Font blue = workbook.createFont();
            blue.setUnderline(Font.U_SINGLE);
            link.setFont(blue);
            CellStyle integer = workbook.createCellStyle();
            integer.setDataFormat(workbook.createDataFormat().getFormat("0"));
            SXSSFSheet sheet = workbook.createSheet("Реестр");
            List<Column<RegistryPage>> columns = RegistryTable.table().columns();
            Row header = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                sheet.setColumnWidth(i, columns.get(i).width() * 256);
                header.createCell(i).setCellValue(columns.get(i).title());
            }
            sheet.createFreezePane(0, 1);
            int r = 0;
            while (pages.hasNext()) {
                RegistryPage page = pages.next();
                Row row = sheet.createRow(++r);
                Cell url = row.createCell(0);
                url.setCellValue(page.pageUrl());
                url.setCellStyle(link);
                if (linkObjects) {
                    Hyperlink hyperlink = workbook.getCreationHelper().createHyperlink(HyperlinkType.URL);
                    hyperlink.setAddress(page.pageUrl());
                    url.setHyperlink(hyperlink);
                } else {
                    String literal = '"' + page.pageUrl() + '"';
                    url.setCellFormula("HYPERLINK(" + literal + "," + literal + ")");
                }
                for (int i = 1; i < columns.size(); i++) {
                    Object value = columns.get(i).valueOf(page);
                    if (value instanceof Long number) {
                        Cell cell = row.createCell(i);
                        cell.setCellValue(number.doubleValue());
                        cell.setCellStyle(integer);
                    } else if (value != null && !"".equals(value)) {
                        row.createCell(i).setCellValue(value instanceof Boolean yes ? (yes ? "да" : "нет")
                                : XlsxText.safe((String) value));
                    }
                }
            }
            sheet.setAutoFilter(new CellRangeAddress(0, r, 0, columns.size() - 1));
            try (OutputStream out = Files.newOutputStream(unstamped)) {
                workbook.write(out);
            }
            DeterministicZip.copy(unstamped, file, LocalDate.of(2022, 11, 30).atStartOfDay());
        } finally {
            workbook.close();
            Files.deleteIfExists(unstamped);
        }
    }
}
