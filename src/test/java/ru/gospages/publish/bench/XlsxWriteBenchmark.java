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
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import ru.gospages.publish.RegistryTable;
import ru.gospages.publish.XlsxTableWriter;
import ru.gospages.registry.RegistryPage;

/**
 * Writes N registry pages (default 1,000,000) to an XLSX and prints the time, the peak heap used
 * and the live heap after a full GC every quarter of the rows (flat = streaming works).
 * Run with {@code java -Xmx1g ... XlsxWriteBenchmark [rows] [formula|objects] [folder]}: {@code formula}
 * is {@link XlsxTableWriter} (links as HYPERLINK formulas), {@code objects} is the same sheet written
 * with {@code Cell.setHyperlink}, the alternative the writer rejected.
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
        if (mode.equals("objects")) {
            writeWithHyperlinkObjects(pages(rows), file);
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
                        String.format(Locale.ROOT, "%010d", 8_600_000_000L + i),
                        String.format(Locale.ROOT, "%013d", 1_028_600_000_000L + i), "Подведомственная организация",
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

    /** The rejected alternative: the same cells, the address as a hyperlink object. */
    private static void writeWithHyperlinkObjects(Iterator<RegistryPage> pages, Path file) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            workbook.setCompressTempFiles(true);
            SXSSFSheet sheet = workbook.createSheet("Реестр");
            int r = 0;
            while (pages.hasNext()) {
                RegistryPage page = pages.next();
                Row row = sheet.createRow(++r);
                Hyperlink link = workbook.getCreationHelper().createHyperlink(HyperlinkType.URL);
                link.setAddress(page.pageUrl());
                row.createCell(0).setCellValue(page.pageUrl());
                row.getCell(0).setHyperlink(link);
                row.createCell(1).setCellValue(page.platform());
                row.createCell(2).setCellValue(page.organization());
                row.createCell(3).setCellValue(page.inn());
                row.createCell(4).setCellValue(page.ogrn());
                row.createCell(5).setCellValue(page.orgType());
                row.createCell(6).setCellValue(page.municipality());
                row.createCell(7).setCellValue(page.oktmo());
                row.createCell(8).setCellValue(page.verified() ? "да" : "нет");
                if (page.followers().isPresent()) {
                    row.createCell(9).setCellValue(page.followers().getAsLong());
                }
                row.createCell(10).setCellValue(page.lastReported());
                row.createCell(11).setCellValue(page.carriedOver() ? "да" : "нет");
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        } finally {
            workbook.close();
        }
    }
}
