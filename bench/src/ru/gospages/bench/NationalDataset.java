package ru.gospages.bench;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Benchmark data: a national-scale period of agency submissions (gospages issue 6, SPEC 9).
 *
 * <p>Writes {@code --rows} page rows in {@code --files} files into {@code --out}: about 80 % XLSX
 * (a hand-rolled streaming SpreadsheetML writer: one row in memory at a time; half the files with
 * inline strings like SXSSF, half with a shared-strings table like Excel) and 20 % CSV (UTF-8 with and
 * without BOM, Windows-1251; {@code ;} and {@code ,}); long and wide shapes; header synonyms, title rows
 * above the header, columns in other orders, INNs as text or number cells, hyperlink cells, a second
 * sheet, a visible sheet without a header; realistic Russian organisation names with valid INN and OGRN
 * check digits; municipalities of the reference file spelled in several ways; VK/OK addresses in many
 * forms. About 5 % of the page rows list a page already listed in an earlier file (a quarter of those
 * under another organisation: R-CONFLICT) and about 1 % are invalid (bad INN, unknown municipality,
 * personal profile, site root, unsupported platform, bad verification value, missing organisation,
 * missing URL, platform mismatch). Deterministic: the same arguments give the same bytes.
 *
 * <p>JDK only (no POI), so it is compiled and run by {@code bench/run.sh} outside Maven:
 * <pre>
 * javac -d /tmp/gen bench/src/ru/gospages/bench/NationalDataset.java
 * java -cp /tmp/gen ru.gospages.bench.NationalDataset --rows=1000000 --files=1000 --out=/tmp/x/2024-01 \
 *      [--seed=20240131] [--threads=N] [--reference=jobs/reference/municipalities.csv]
 * </pre>
 * It prints what it planted (rows, duplicates, invalid rows by code, warnings) so a run can be checked.
 */
public final class NationalDataset {

    // ---------------------------------------------------------------- parameters of the mix
    private static final double CSV_SHARE = 0.20;
    private static final double WIDE_SHARE = 0.40;
    // Per table row; a long fresh organisation makes about 1.85 page rows (VK and, mostly, OK rows) and a
    // long duplicate listing one, so the long rates are higher to land at ~5 % duplicate and ~1 % rejected page rows.
    private static final double DUPLICATE_P_LONG = 0.089;
    private static final double DUPLICATE_P_WIDE = 0.05;
    private static final double CONFLICT_SHARE = 0.25;
    private static final double INVALID_P_LONG = 0.0195;
    private static final double INVALID_P_WIDE = 0.0129;
    private static final double TITLE_ROWS_P = 0.35;

    private final long rows;
    private final int files;
    private final Path out;
    private final long seed;
    private final int threads;
    private final List<Muni> munis;
    private final int[] sizes;
    private final long stride;
    private final Stats stats = new Stats();

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                System.err.println("usage: NationalDataset --rows=N --files=F --out=DIR [--seed=S] [--threads=T] [--reference=CSV]");
                System.exit(2);
            }
            a.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        long rows = Long.parseLong(a.getOrDefault("rows", "1000000"));
        int files = Integer.parseInt(a.getOrDefault("files", "1000"));
        Path out = Path.of(a.getOrDefault("out", "bench-data/2024-01"));
        long seed = Long.parseLong(a.getOrDefault("seed", "20240131"));
        int threads = Integer.parseInt(a.getOrDefault("threads", String.valueOf(Runtime.getRuntime().availableProcessors())));
        Path reference = Path.of(a.getOrDefault("reference", "jobs/reference/municipalities.csv"));
        if (rows < files || files < 1) {
            throw new IllegalArgumentException("need at least one row per file");
        }
        long started = System.nanoTime();
        NationalDataset dataset = new NationalDataset(rows, files, out, seed, threads, readMunis(reference));
        dataset.generate();
        double seconds = (System.nanoTime() - started) / 1e9;
        dataset.stats.print(System.out, rows, files, seconds, out);
    }

    NationalDataset(long rows, int files, Path out, long seed, int threads, List<Muni> munis) {
        this.rows = rows;
        this.files = files;
        this.out = out;
        this.seed = seed;
        this.threads = Math.max(1, threads);
        this.munis = munis;
        this.sizes = fileSizes(rows, files, seed);
        int max = Arrays.stream(sizes).max().orElse(1);
        this.stride = 2L * max + 16; // fresh organisations [0, max], conflict identities above
    }

    /** Page rows per file: between 0.4 and 1.6 of the average, summing exactly to {@code rows}. */
    private static int[] fileSizes(long rows, int files, long seed) {
        double[] w = new double[files];
        double sum = 0;
        for (int f = 0; f < files; f++) {
            w[f] = 0.4 + 1.2 * new SplittableRandom(seed * 7919 + f).nextDouble();
            sum += w[f];
        }
        int[] sizes = new int[files];
        long given = 0;
        for (int f = 0; f < files; f++) {
            sizes[f] = (int) Math.max(1, Math.floor(rows * w[f] / sum));
            given += sizes[f];
        }
        for (int f = 0; given != rows; f = (f + 1) % files) { // spread the remainder (either sign)
            if (given < rows) {
                sizes[f]++;
                given++;
            } else if (sizes[f] > 1) {
                sizes[f]--;
                given--;
            }
        }
        return sizes;
    }

    void generate() throws Exception {
        Files.createDirectories(out);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int f = 0; f < files; f++) {
                int file = f;
                done.add(pool.submit(() -> {
                    generateFile(file);
                    return null;
                }));
            }
            for (Future<?> d : done) {
                d.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    // ---------------------------------------------------------------- one file

    /** The choices that make one file look like one agency's habits. */
    private static final class FileStyle {
        boolean csv;
        boolean wide;
        int titleRows;
        boolean sharedStrings;
        boolean innAsNumber;
        boolean booleans;
        int yesNo;
        boolean platformColumn;
        boolean exemptionColumn;
        boolean muniFirst;
        boolean hyperlinks;
        boolean secondSheet;
        boolean instructionSheet;
        String headerStyle;
        Charset charset;
        boolean bom;
        char delimiter;
        String eol;
        String[] header;
        String sheetName;
    }

    private void generateFile(int f) throws IOException {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + f * 31L + 7);
        FileStyle s = new FileStyle();
        s.csv = r.nextDouble() < CSV_SHARE;
        s.wide = r.nextDouble() < WIDE_SHARE;
        s.titleRows = r.nextDouble() < TITLE_ROWS_P ? 1 + r.nextInt(3) : 0;
        s.sharedStrings = r.nextBoolean();
        s.innAsNumber = !s.csv && r.nextDouble() < 0.4;
        s.booleans = !s.csv && r.nextDouble() < 0.15;
        s.yesNo = r.nextInt(YES.length);
        s.platformColumn = !s.wide && r.nextDouble() < 0.85;
        s.exemptionColumn = s.wide && r.nextDouble() < 0.5;
        s.muniFirst = r.nextDouble() < 0.2;
        s.hyperlinks = !s.csv && r.nextDouble() < 0.05;
        s.secondSheet = !s.csv && r.nextDouble() < 0.10;
        s.instructionSheet = !s.csv && r.nextDouble() < 0.03;
        if (s.csv) {
            int enc = r.nextInt(3);
            s.charset = enc == 2 ? Charset.forName("windows-1251") : StandardCharsets.UTF_8;
            s.bom = enc == 0;
            s.delimiter = r.nextDouble() < 0.6 ? ';' : ',';
            s.eol = r.nextDouble() < 0.8 ? "\r\n" : "\n";
        }
        s.header = header(s, r);
        s.sheetName = pick(r, "Реестр", "Лист1", "Сведения", "Страницы", "Официальные страницы", "Sheet1");
        String sphere = pick(r, SPHERES);
        String name = String.format("%04d-%s.%s", f + 1, sphere, s.csv ? "csv" : "xlsx");
        Path file = out.resolve(name);
        Path tmp = out.resolve(".tmp-" + name);
        try (RowSink sink = s.csv ? new CsvSink(tmp, s) : new XlsxSink(tmp, s.sharedStrings)) {
            writeFile(f, r, s, sink);
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        stats.bytes.add(Files.size(file));
        (s.csv ? stats.csvFiles : stats.xlsxFiles).increment();
        (s.wide ? stats.wideFiles : stats.longFiles).increment();
        if (s.titleRows > 0) {
            stats.titleFiles.increment();
        }
    }

    private void writeFile(int f, SplittableRandom r, FileStyle s, RowSink sink) throws IOException {
        int target = sizes[f];
        int firstSheetRows = s.secondSheet ? Math.max(1, target / 2) : target;
        sink.startSheet(s.sheetName, s.header.length);
        title(r, s, sink);
        sink.row(Arrays.copyOf(s.header, s.header.length, Object[].class));
        int pageRows = 0;
        int fresh = 0;
        int conflicts = 0;
        int number = 0;
        boolean onSecond = false;
        while (pageRows < target) {
            if (!onSecond && s.secondSheet && pageRows >= firstSheetRows) {
                sink.endSheet();
                sink.startSheet(pick(r, "Подведомственные", "Лист2", "Учреждения"), s.header.length);
                sink.row(Arrays.copyOf(s.header, s.header.length, Object[].class));
                onSecond = true;
                number = 0;
            }
            int remaining = target - pageRows;
            Row row = new Row(s.header.length);
            row.number = ++number;
            boolean dup = f > 0 && r.nextDouble() < (s.wide ? DUPLICATE_P_WIDE : DUPLICATE_P_LONG);
            if (dup) {
                int earlier = r.nextInt(f);
                long listed = earlier * stride + r.nextInt(Math.max(1, sizes[earlier] / 4));
                Org page = org(listed);
                boolean conflict = r.nextDouble() < CONFLICT_SHARE;
                Org who = conflict ? org(f * stride + stride / 2 + conflicts++) : page;
                int made = s.wide ? wideRow(r, s, row, who, page, remaining, -1) : longRow(r, s, row, who, page, r.nextInt(4) == 0 && page.hasOk ? 1 : 0, -1);
                pageRows += made;
                stats.duplicateRecords.increment();
                stats.duplicateRows.add(made);
                if (conflict) {
                    stats.conflictRecords.increment();
                }
            } else {
                Org o = org(f * stride + fresh++);
                int invalid = r.nextDouble() < (s.wide ? INVALID_P_WIDE : INVALID_P_LONG) ? r.nextInt(INVALID_KINDS) : -1;
                if (s.wide) {
                    boolean exempt = s.exemptionColumn && r.nextDouble() < 0.003;
                    if (exempt) {
                        exemptRow(r, s, row, o);
                    } else {
                        pageRows += wideRow(r, s, row, o, o, remaining, invalid);
                    }
                } else {
                    pageRows += longRow(r, s, row, o, o, 0, invalid);
                    if (o.hasOk && pageRows < target) {
                        sink.row(row.cells);
                        row = new Row(s.header.length);
                        row.number = ++number;
                        pageRows += longRow(r, s, row, o, o, 1, -1);
                    }
                }
            }
            sink.row(row.cells);
        }
        if (s.csv) {
            sink.endSheet();
            return;
        }
        if (r.nextDouble() < 0.3) { // a note under the table, in the № column: an empty row to the reader
            sink.row(new Object[] {"Исполнитель: " + pick(r, "Иванова И.И.", "Петров П.П.", "Сидорова А.В.") + ", тел. 8 (3467) 33-" + (10 + r.nextInt(89)) + "-" + (10 + r.nextInt(89))});
        }
        sink.endSheet();
        if (s.instructionSheet) {
            sink.startSheet("Инструкция", 1);
            sink.row(new Object[] {"Порядок заполнения"});
            sink.row(new Object[] {"1. Укажите ссылки на официальные страницы во ВКонтакте и Одноклассниках."});
            sink.row(new Object[] {"2. Госметка: «да» или «нет». ИНН — 10 цифр."});
            sink.endSheet();
            stats.noHeaderSheets.increment();
        }
    }

    private void title(SplittableRandom r, FileStyle s, RowSink sink) throws IOException {
        if (s.titleRows == 0) {
            return;
        }
        sink.row(new Object[] {"Сведения об официальных страницах " + pick(r, "государственных органов и подведомственных организаций",
                "органов местного самоуправления", "учреждений образования", "учреждений культуры и спорта")
                + " в социальных сетях по состоянию на 31.01.2024"});
        sink.merge(s.header.length);
        if (s.titleRows >= 2) {
            sink.row(new Object[] {"(наименование органа власти: " + pick(r, SPHERES) + ")"});
        }
        if (s.titleRows >= 3) {
            sink.row(new Object[0]);
        }
    }

    // ---------------------------------------------------------------- rows

    /** One output row under construction; cells are String, Long, Boolean, Link or null. */
    private static final class Row {
        final Object[] cells;
        int number;

        Row(int width) {
            cells = new Object[width];
        }
    }

    record Link(String text, String target) {
    }

    private static final int INVALID_KINDS = 10;

    /** Column positions of a file's header. */
    private static final String C_NO = "no", C_ORG = "org", C_INN = "inn", C_OGRN = "ogrn", C_TYPE = "type", C_MUNI = "muni",
            C_PLATFORM = "platform", C_URL = "url", C_VER = "ver", C_FOL = "fol", C_VK_URL = "vkurl", C_VK_VER = "vkver",
            C_VK_FOL = "vkfol", C_OK_URL = "okurl", C_OK_VER = "okver", C_OK_FOL = "okfol", C_EXEMPT = "exempt";

    private final ThreadLocal<Map<String, Integer>> columns = new ThreadLocal<>();

    private String[] header(FileStyle s, SplittableRandom r) {
        List<String> keys = new ArrayList<>(List.of(C_NO));
        if (s.muniFirst) {
            keys.add(C_MUNI);
        }
        keys.addAll(List.of(C_ORG, C_INN, C_OGRN, C_TYPE));
        if (!s.muniFirst) {
            keys.add(C_MUNI);
        }
        if (s.wide) {
            keys.addAll(r.nextBoolean() ? List.of(C_VK_URL, C_VK_VER, C_VK_FOL, C_OK_URL, C_OK_VER, C_OK_FOL)
                    : List.of(C_VK_URL, C_OK_URL, C_VK_VER, C_OK_VER, C_VK_FOL, C_OK_FOL));
            if (s.exemptionColumn) {
                keys.add(C_EXEMPT);
            }
        } else {
            if (s.platformColumn) {
                keys.add(C_PLATFORM);
            }
            keys.addAll(List.of(C_URL, C_VER, C_FOL));
        }
        Map<String, Integer> at = new LinkedHashMap<>();
        String[] header = new String[keys.size()];
        int variant = r.nextInt(3);
        for (int i = 0; i < keys.size(); i++) {
            at.put(keys.get(i), i);
            header[i] = headerText(keys.get(i), variant, r);
        }
        columns.set(at);
        return header;
    }

    private static String headerText(String key, int v, SplittableRandom r) {
        String star = v == 2 ? "*" : "";
        return switch (key) {
            case C_NO -> v == 1 ? "№" : "№ п/п";
            case C_ORG -> pick(r, "Наименование организации", "Организация", "Полное наименование организации", "Наименование\nорганизации") + star;
            case C_INN -> pick(r, "ИНН", "ИНН организации", "ИНН") + star;
            case C_OGRN -> pick(r, "ОГРН", "ОГРН организации");
            case C_TYPE -> pick(r, "Тип организации", "Вид организации", "Категория организации");
            case C_MUNI -> pick(r, "Муниципальное образование", "МО", "Территория", "Муниципальное\nобразование", "Город, район") + star;
            case C_PLATFORM -> pick(r, "Социальная сеть", "Соцсеть", "Площадка");
            case C_URL -> pick(r, "Ссылка на страницу", "Адрес страницы", "Ссылка на официальную страницу", "URL") + star;
            case C_VER -> pick(r, "Госметка", "Наличие госметки", "Госметка (да/нет)", "Верификация") + star;
            case C_FOL -> pick(r, "Количество подписчиков", "Подписчики", "Число подписчиков");
            case C_VK_URL -> pick(r, "Ссылка на страницу ВКонтакте", "Ссылка на официальную страницу ВКонтакте") + star;
            case C_VK_VER -> pick(r, "Госметка ВК", "Госметка ВК (да/нет)") + star;
            case C_VK_FOL -> pick(r, "Подписчики ВК", "Количество подписчиков ВК");
            case C_OK_URL -> pick(r, "Ссылка на страницу в Одноклассниках", "Ссылка на официальную страницу в Одноклассниках") + star;
            case C_OK_VER -> pick(r, "Госметка ОК", "Госметка ОК (да/нет)") + star;
            case C_OK_FOL -> pick(r, "Подписчики ОК", "Количество подписчиков ОК");
            case C_EXEMPT -> pick(r, "Официальная страница не ведется на основании", "Основание отсутствия страницы");
            default -> throw new IllegalStateException(key);
        };
    }

    private void put(Row row, String key, Object value) {
        Integer i = columns.get().get(key);
        if (i != null) {
            row.cells[i] = value;
        }
    }

    /** The shared cells of a row (organisation, INN, OGRN, type, municipality), with an invalid kind applied. */
    private void identity(SplittableRandom r, FileStyle s, Row row, Org o, int invalid) {
        put(row, C_NO, (long) row.number);
        String name = o.name;
        if (invalid == 7) {
            name = r.nextBoolean() ? "" : "  ";
        }
        put(row, C_ORG, name);
        String inn = o.inn;
        if (invalid == 0) {
            inn = inn.substring(0, 9) + (char) ('0' + (inn.charAt(9) - '0' + 1) % 10);
        } else if (invalid == 1) {
            inn = inn.substring(0, 8);
        }
        put(row, C_INN, s.innAsNumber && inn.length() > 0 && inn.charAt(0) != '0' ? (Object) Long.parseLong(inn)
                : r.nextDouble() < 0.01 ? inn + "\u00a0" : inn);
        put(row, C_OGRN, r.nextDouble() < 0.15 ? null : s.innAsNumber ? (Object) Long.parseLong(o.ogrn) : o.ogrn);
        String type = r.nextDouble() < 0.002 ? "Представительный орган" : r.nextDouble() < 0.1 ? null
                : r.nextDouble() < 0.2 ? o.typeSynonym : o.type;
        if ("Представительный орган".equals(type)) {
            stats.warnOrgType.increment();
        }
        put(row, C_TYPE, type);
        put(row, C_MUNI, invalid == 2 ? pick(r, UNKNOWN_MUNIS) : spell(munis.get(o.muni), r));
    }

    /** A long row: one page of {@code page} listed under {@code who}. Returns the page rows it makes (1). */
    private int longRow(SplittableRandom r, FileStyle s, Row row, Org who, Org page, int platform, int invalid) {
        identity(r, s, row, who, invalid);
        boolean ok = platform == 1;
        String url = ok ? okUrl(r, page, s.platformColumn) : vkUrl(r, page, s.platformColumn);
        String platformCell = ok ? pick(r, "Одноклассники", "ОК", "OK", "Одноклассники") : pick(r, "ВКонтакте", "ВК", "VK", "ВКонтакте");
        if (s.platformColumn && r.nextDouble() < 0.05 && !url.startsWith("@")) {
            platformCell = null; // the URL's host tells the platform
        }
        switch (invalid) {
            case 3 -> url = r.nextBoolean() ? "https://vk.com/id" + (1000 + r.nextInt(900_000_000)) : "https://ok.ru/profile/" + (500_000_000_000L + r.nextInt(1_000_000_000));
            case 4 -> url = pick(r, "https://vk.com/", "https://vk.com/feed", "https://ok.ru/search?st.query=школа", "vk.com/search", "https://ok.ru/");
            case 5 -> url = pick(r, "https://www.facebook.com/", "https://t.me/", "https://www.instagram.com/", "https://twitter.com/") + page.vkName;
            case 8 -> url = null;
            case 9 -> {
                if (s.platformColumn) {
                    url = vkUrl(r, page, false);
                    platformCell = "Одноклассники";
                } else {
                    invalid = 2;
                    put(row, C_MUNI, pick(r, UNKNOWN_MUNIS));
                }
            }
            default -> {
            }
        }
        if (s.platformColumn) {
            put(row, C_PLATFORM, platformCell);
        }
        put(row, C_URL, link(r, s, url));
        boolean verified = ok ? page.okVerified : page.vkVerified;
        put(row, C_VER, invalid == 6 ? pick(r, "может быть", "в процессе", "заявка подана") : verifiedCell(r, s, verified));
        put(row, C_FOL, followersCell(r, ok ? page.okFollowers : page.vkFollowers));
        if (invalid >= 0) {
            stats.invalid[invalid].increment();
            stats.rejectedRows.increment();
        }
        stats.records.increment();
        return 1;
    }

    /** A wide row: the VK and (when it has one and there is room) OK page of {@code page} under {@code who}. */
    private int wideRow(SplittableRandom r, FileStyle s, Row row, Org who, Org page, int remaining, int invalid) {
        if (invalid == 8 || invalid == 9) {
            invalid = 2; // no URL-missing or platform-mismatch in wide rows: another shared-cell problem instead
        }
        identity(r, s, row, who, invalid);
        boolean withOk = page.hasOk && remaining >= 2;
        String vk = vkUrl(r, page, false);
        String ok = withOk ? okUrl(r, page, false) : null;
        boolean shared = invalid == 0 || invalid == 1 || invalid == 2 || invalid == 7;
        boolean okCellInvalid = withOk && r.nextBoolean();
        switch (invalid) {
            case 3 -> {
                if (okCellInvalid) {
                    ok = "https://ok.ru/profile/" + (500_000_000_000L + r.nextInt(1_000_000_000));
                } else {
                    vk = "https://vk.com/id" + (1000 + r.nextInt(900_000_000));
                }
            }
            case 4 -> {
                if (okCellInvalid) {
                    ok = "https://ok.ru/";
                } else {
                    vk = pick(r, "https://vk.com/", "https://vk.com/feed");
                }
            }
            case 5 -> vk = "https://t.me/" + page.vkName;
            default -> {
            }
        }
        put(row, C_VK_URL, link(r, s, vk));
        put(row, C_VK_VER, invalid == 6 && !okCellInvalid ? "может быть" : verifiedCell(r, s, page.vkVerified));
        put(row, C_VK_FOL, followersCell(r, page.vkFollowers));
        put(row, C_OK_URL, ok == null ? (r.nextDouble() < 0.5 ? pick(r, PLACEHOLDERS) : null) : link(r, s, ok));
        put(row, C_OK_VER, ok == null ? null : invalid == 6 && okCellInvalid ? "может быть" : verifiedCell(r, s, page.okVerified));
        put(row, C_OK_FOL, ok == null ? null : followersCell(r, page.okFollowers));
        int pages = withOk ? 2 : 1;
        if (invalid >= 0) {
            int rejected = shared ? pages : 1; // a shared cell rejects every page row of the wide row
            stats.invalid[invalid].add(rejected);
            stats.rejectedRows.add(rejected);
        }
        stats.records.increment();
        return pages;
    }

    private void exemptRow(SplittableRandom r, FileStyle s, Row row, Org o) {
        identity(r, s, row, o, -1);
        put(row, C_VK_URL, r.nextBoolean() ? null : "нет");
        put(row, C_OK_URL, null);
        put(row, C_EXEMPT, "Распоряжение № " + (1 + r.nextInt(300)) + "-р от " + (10 + r.nextInt(18)) + ".0" + (1 + r.nextInt(9)) + ".2023");
        stats.exemptRows.increment();
    }

    private Object link(SplittableRandom r, FileStyle s, String url) {
        if (url == null || !s.hyperlinks || url.startsWith("@")) {
            return url;
        }
        String target = url.startsWith("//") ? "https:" + url : url.contains("://") ? url : "https://" + url;
        return new Link(r.nextDouble() < 0.1 ? "Страница" : url, target);
    }

    private Object verifiedCell(SplittableRandom r, FileStyle s, boolean verified) {
        if (r.nextDouble() < 0.003) {
            stats.warnVerifiedBlank.increment();
            return null;
        }
        if (s.booleans) {
            return verified;
        }
        return verified ? YES[s.yesNo] : NO[s.yesNo];
    }

    private Object followersCell(SplittableRandom r, long followers) {
        double u = r.nextDouble();
        if (u < 0.001) {
            stats.warnFollowers.increment();
            return pick(r, "много", "н/д", "около 500");
        }
        if (u < 0.08) {
            return null;
        }
        if (u < 0.15 && followers >= 1000) {
            return String.format(Locale.ROOT, "%,d", followers).replace(',', r.nextBoolean() ? ' ' : '\u00a0');
        }
        return followers;
    }

    // ---------------------------------------------------------------- page addresses

    private String vkUrl(SplittableRandom r, Org o, boolean platformKnown) {
        if (o.vkGroup > 0) {
            double u = r.nextDouble();
            String prefix = pick(r, "club", "public", "club");
            if (u < 0.04) {
                stats.warnInner.increment();
                return "https://vk.com/wall-" + o.vkGroup + "_" + (1 + r.nextInt(5000));
            }
            return urlForm(r, "vk") + prefix + o.vkGroup + tail(r);
        }
        if (platformKnown && r.nextDouble() < 0.03) {
            return "@" + o.vkName;
        }
        if (r.nextDouble() < 0.02) { // a query is dropped: still the page itself
            return "https://vk.com/" + o.vkName + "?w=wall-" + (1000 + r.nextInt(1_000_000)) + "_" + r.nextInt(999);
        }
        String name = r.nextDouble() < 0.1 ? o.vkName.toUpperCase(Locale.ROOT) : o.vkName;
        return urlForm(r, "vk") + name + tail(r);
    }

    private String okUrl(SplittableRandom r, Org o, boolean platformKnown) {
        if (o.okGroup > 0) {
            if (r.nextDouble() < 0.03) {
                stats.warnInner.increment();
                return "https://ok.ru/group/" + o.okGroup + "/topic/" + (150_000_000_000_000L + r.nextInt(1_000_000_000));
            }
            return urlForm(r, "ok") + "group/" + o.okGroup + tail(r);
        }
        return urlForm(r, "ok") + o.okName + tail(r);
    }

    private static String urlForm(SplittableRandom r, String platform) {
        double u = r.nextDouble();
        if (platform.equals("vk")) {
            return u < 0.50 ? "https://vk.com/" : u < 0.65 ? "vk.com/" : u < 0.72 ? "http://vk.com/" : u < 0.80 ? "https://m.vk.com/"
                    : u < 0.88 ? "https://vk.ru/" : u < 0.94 ? "https://www.vk.com/" : u < 0.97 ? "//vk.com/" : "https://vkontakte.ru/";
        }
        return u < 0.55 ? "https://ok.ru/" : u < 0.70 ? "ok.ru/" : u < 0.80 ? "https://m.ok.ru/" : u < 0.90 ? "https://www.ok.ru/"
                : "https://odnoklassniki.ru/";
    }

    private static String tail(SplittableRandom r) {
        double u = r.nextDouble();
        return u < 0.85 ? "" : u < 0.93 ? "/" : u < 0.97 ? "?from=groups" : "#about";
    }

    // ---------------------------------------------------------------- organisations

    /** Everything about one organisation, a pure function of its id (so any file can list it again). */
    private static final class Org {
        String name;
        String inn;
        String ogrn;
        String type;
        String typeSynonym;
        int muni;
        long vkGroup;
        String vkName;
        boolean hasOk;
        long okGroup;
        String okName;
        boolean vkVerified;
        boolean okVerified;
        long vkFollowers;
        long okFollowers;
    }

    private Org org(long id) {
        SplittableRandom r = new SplittableRandom(seed ^ (id * 0x9E3779B97F4A7C15L));
        Org o = new Org();
        o.muni = r.nextDouble() < 0.08 ? 0 : 1 + r.nextInt(munis.size() - 1);
        Muni m = munis.get(o.muni);
        double t = r.nextDouble();
        int number = 1 + r.nextInt(45);
        String word = pick(r, WORDS);
        String slug;
        if (t < 0.06) {
            o.type = "Государственный орган";
            o.typeSynonym = pick(r, "ОИВ", "госорган", "исполнительный орган");
            o.name = pick(r, STATE_BODIES) + " Ханты-Мансийского автономного округа – Югры";
            slug = pick(r, "dep", "sluzhba", "kom", "upr");
        } else if (t < 0.22) {
            o.type = "Орган местного самоуправления";
            o.typeSynonym = pick(r, "ОМСУ", "администрация", "орган МСУ");
            String g = m.genitive;
            o.name = switch (r.nextInt(7)) {
                case 0 -> "Администрация " + g;
                case 1 -> "Дума " + g;
                case 2 -> "Комитет по образованию администрации " + g;
                case 3 -> "Управление культуры и спорта администрации " + g;
                case 4 -> "Контрольно-счётная палата " + g;
                case 5 -> "Администрация сельского поселения " + word;
                default -> "Администрация городского поселения " + word;
            };
            slug = pick(r, "adm", "duma", "uo", "kultura", "ksp", "sp", "gp");
        } else if (t < 0.96) {
            o.type = "Подведомственная организация";
            o.typeSynonym = pick(r, "МБУ", "подведомственное учреждение", "бюджетное учреждение", "МАУ");
            int k = r.nextInt(INSTITUTIONS.length);
            o.name = INSTITUTIONS[k].replace("{n}", String.valueOf(number)).replace("{w}", word).replace("{g}", m.genitive)
                    + (r.nextDouble() < 0.3 ? " " + m.located : "");
            if (r.nextDouble() < 0.03) {
                o.name += ", филиал «" + pick(r, WORDS) + "»";
            } else if (r.nextDouble() < 0.02) {
                o.name = o.name.replace('«', '"').replace('»', '"');
            }
            slug = INSTITUTION_SLUGS[k] + number;
        } else {
            o.type = "Суд";
            o.typeSynonym = pick(r, "судебный орган", "мировые судьи");
            o.name = r.nextBoolean() ? m.courtName : "Мировой судья судебного участка № " + number + " " + m.courtDistrict;
            slug = pick(r, "sud", "mirsud");
        }
        // INN: region code 86 + 7-digit serial (the id) + check digit; OGRN: 1 + year + 86 + serial + check
        String serial = String.valueOf(id % 10_000_000L);
        serial = "0000000".substring(serial.length()) + serial;
        String region = String.valueOf(86 + id / 10_000_000L);
        String nine = (region.length() > 2 ? region.substring(region.length() - 2) : region) + serial;
        o.inn = nine + innCheck(nine);
        String twelve = "1" + (10 + r.nextInt(14)) + nine.substring(0, 2) + serial;
        o.ogrn = twelve + (Long.parseLong(twelve) % 11 % 10);
        String base36 = Long.toString(id, 36);
        if (r.nextDouble() < 0.3) {
            o.vkGroup = 100_000_000L + id;
        }
        o.vkName = slug + "_" + m.slug + "_" + base36;
        o.hasOk = r.nextDouble() < 0.85;
        if (r.nextDouble() < 0.6) {
            o.okGroup = 50_000_000_000_000L + id * 13;
        }
        o.okName = slug + "." + m.slug + "." + base36;
        o.vkVerified = r.nextDouble() < 0.94;
        o.okVerified = r.nextDouble() < 0.82;
        o.vkFollowers = (long) Math.exp(4 + r.nextDouble() * 7);
        o.okFollowers = (long) Math.exp(3 + r.nextDouble() * 6);
        return o;
    }

    static char innCheck(String nine) {
        int[] w = {2, 4, 10, 3, 5, 9, 4, 6, 8};
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += w[i] * (nine.charAt(i) - '0');
        }
        return (char) ('0' + sum % 11 % 10);
    }

    // ---------------------------------------------------------------- municipalities

    /** A reference municipality with the spellings agencies use and the forms names need. */
    record Muni(String name, String kind, List<String> aliases, String genitive, String located, String slug,
                String courtName, String courtDistrict) {
    }

    static List<Muni> readMunis(Path csv) throws IOException {
        List<Muni> list = new ArrayList<>();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] p = line.split(",", 4); // oktmo,name,kind,aliases (no quoted commas in the reference)
            String name = p[1].trim();
            String kind = p[2].trim();
            List<String> aliases = p.length > 3 ? Arrays.stream(p[3].split("\\|")).map(String::trim).filter(x -> !x.isEmpty()).toList() : List.of();
            String bare = name.replace("город ", "");
            String genitive;
            String located;
            String court;
            String courtDistrict;
            if (kind.equals("region")) {
                genitive = "Ханты-Мансийского автономного округа – Югры";
                located = "ХМАО – Югры";
                court = "Суд Ханты-Мансийского автономного округа – Югры";
                courtDistrict = "Ханты-Мансийского судебного района";
            } else if (kind.equals("city")) {
                genitive = "города " + bare;
                located = "г. " + bare;
                court = (bare.endsWith("ск") ? bare + "ий" : bare.matches(".*[бвгдклмнпрстфхц]ь?$") ? bare.replace("ь", "") + "ский"
                        : "Городской суд города " + bare + " –").replace(" –", "") + (bare.endsWith("ск") || bare.matches(".*[бвгдклмнпрстфхц]ь?$") ? " городской суд" : "");
                courtDistrict = "города " + bare;
            } else {
                String adj = name.replace(" район", "");
                String adjGen = adj.endsWith("ий") ? adj.substring(0, adj.length() - 2) + "ого" : adj;
                genitive = adjGen + " района";
                located = adj + " район";
                court = adj + " районный суд";
                courtDistrict = adjGen + " судебного района";
            }
            list.add(new Muni(name, kind, aliases, genitive, located, translit(bare), court, courtDistrict));
        }
        if (list.size() < 2) {
            throw new IllegalArgumentException("the municipality reference " + csv + " has fewer than two entries");
        }
        return list;
    }

    /** The municipality as some agency writes it: name, an alias, other case, «г.X», extra spaces, е for ё. */
    private static String spell(Muni m, SplittableRandom r) {
        double u = r.nextDouble();
        String s;
        if (u < 0.45 || m.aliases.isEmpty()) {
            s = m.name;
        } else {
            s = m.aliases.get(r.nextInt(m.aliases.size()));
        }
        double v = r.nextDouble();
        if (v < 0.05) {
            s = s.toUpperCase(new Locale("ru"));
        } else if (v < 0.10) {
            s = s.toLowerCase(new Locale("ru"));
        } else if (v < 0.15) {
            s = " " + s + "  ";
        } else if (v < 0.20) {
            s = s.replace('ё', 'е').replace('Ё', 'Е');
        } else if (v < 0.25 && m.kind.equals("city")) {
            s = "г." + m.name.replace("город ", "");
        } else if (v < 0.28) {
            s = s + "\u00a0";
        } else if (v < 0.31) {
            s = s.replace("-", " – ");
        }
        return s;
    }

    private static String translit(String ru) {
        String[] map = {"а", "a", "б", "b", "в", "v", "г", "g", "д", "d", "е", "e", "ё", "e", "ж", "zh", "з", "z", "и", "i", "й", "y",
                "к", "k", "л", "l", "м", "m", "н", "n", "о", "o", "п", "p", "р", "r", "с", "s", "т", "t", "у", "u", "ф", "f",
                "х", "kh", "ц", "ts", "ч", "ch", "ш", "sh", "щ", "sch", "ъ", "", "ы", "y", "ь", "", "э", "e", "ю", "yu", "я", "ya"};
        StringBuilder b = new StringBuilder();
        String lower = ru.toLowerCase(new Locale("ru"));
        outer:
        for (int i = 0; i < lower.length() && b.length() < 16; i++) {
            char c = lower.charAt(i);
            for (int k = 0; k < map.length; k += 2) {
                if (map[k].charAt(0) == c) {
                    b.append(map[k + 1]);
                    continue outer;
                }
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                b.append(c);
            }
        }
        return b.length() < 2 ? "mo" : b.toString();
    }

    // ---------------------------------------------------------------- vocabularies

    private static final String[] SPHERES = {"образование", "культура", "здравоохранение", "спорт", "соцзащита", "администрация",
            "молодежная-политика", "жкх", "суды", "экономика", "транспорт", "занятость"};
    private static final String[] YES = {"да", "Да", "+", "1", "есть", "ДА", "да "};
    private static final String[] NO = {"нет", "Нет", "-", "0", "отсутствует", "НЕТ", "нет"};
    private static final String[] PLACEHOLDERS = {"нет", "-", "отсутствует", "не ведется", "—"};
    private static final String[] UNKNOWN_MUNIS = {"Тюмень", "г. Тобольск", "Ямало-Ненецкий АО", "Москва", "Сургутск", "Тюменская область"};
    private static final String[] WORDS = {"Солнышко", "Радуга", "Сказка", "Факел", "Югра", "Олимп", "Северное сияние", "Родничок",
            "Югорка", "Нефтяник", "Гармония", "Лира", "Вектор", "Ласточка", "Кедр", "Обь", "Самотлор", "Мечта", "Звёздочка",
            "Юность", "Прометей", "Созвездие", "Берёзка", "Журавушка", "Надежда", "Ровесник", "Спектр", "Импульс"};
    private static final String[] STATE_BODIES = {"Департамент образования и науки", "Департамент здравоохранения",
            "Департамент культуры", "Департамент физической культуры и спорта", "Департамент социального развития",
            "Департамент дорожного хозяйства и транспорта", "Департамент экономического развития",
            "Служба жилищного и строительного надзора", "Служба по контролю и надзору в сфере образования",
            "Департамент молодёжной политики и гражданских инициатив", "Департамент труда и занятости населения",
            "Региональная служба по тарифам", "Департамент недропользования и природных ресурсов",
            "Департамент информационных технологий и цифрового развития"};
    private static final String[] INSTITUTIONS = {
            "МБОУ «Средняя общеобразовательная школа № {n}»", "МАОУ «Гимназия № {n}»", "МБОУ «Лицей № {n}»",
            "МБДОУ «Детский сад № {n} «{w}»»", "МАДОУ «Детский сад комбинированного вида «{w}»»",
            "МАУ ДО «Детская школа искусств № {n}»", "МБУ ДО «Спортивная школа «{w}»»", "БУ «Городская поликлиника № {n}»",
            "БУ «Районная больница «{w}»»", "МБУК «Централизованная библиотечная система {g}»", "МАУ «Центр культуры «{w}»»",
            "МАУК «Музейно-выставочный центр «{w}»»", "КУ «Центр занятости населения {g}»",
            "БУ «Комплексный центр социального обслуживания населения «{w}»»",
            "МКУ «Единая дежурно-диспетчерская служба {g}»", "МАУ «Многофункциональный центр предоставления государственных и муниципальных услуг»",
            "МБУ «Молодёжный центр «{w}»»", "БУ «Центр социальной помощи семье и детям «{w}»»", "МУП «Тепловодоканал {g}»",
            "АУ «Югорский колледж-интернат олимпийского резерва»"};
    private static final String[] INSTITUTION_SLUGS = {"sosh", "gimn", "licey", "ds", "dsk", "dshi", "sport", "gp", "rb", "cbs",
            "ck", "mvc", "czn", "kcson", "edds", "mfc", "mc", "csps", "tvk", "ukor"};

    private static String pick(SplittableRandom r, String... values) {
        return values[r.nextInt(values.length)];
    }

    // ---------------------------------------------------------------- writers

    interface RowSink extends Closeable {
        void startSheet(String name, int width) throws IOException;

        void row(Object[] cells) throws IOException;

        /** Merges the last row's first cell over the table width (a title). */
        void merge(int width) throws IOException;

        void endSheet() throws IOException;
    }

    /** CSV in the file's encoding and delimiter, RFC 4180 quoting. */
    private static final class CsvSink implements RowSink {
        private final Writer w;
        private final FileStyle s;
        private final StringBuilder b = new StringBuilder(512);

        CsvSink(Path file, FileStyle s) throws IOException {
            this.s = s;
            OutputStream os = Files.newOutputStream(file);
            if (s.bom) {
                os.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            CharsetEncoder encoder = s.charset.newEncoder().onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .onMalformedInput(CodingErrorAction.REPLACE);
            this.w = new BufferedWriter(new OutputStreamWriter(os, encoder), 1 << 16);
        }

        @Override
        public void startSheet(String name, int width) {
        }

        @Override
        public void row(Object[] cells) throws IOException {
            b.setLength(0);
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    b.append(s.delimiter);
                }
                Object c = cells[i];
                String text = c == null ? "" : c instanceof Link l ? l.target : c instanceof Boolean v ? (v ? "да" : "нет") : c.toString();
                if (text.indexOf(s.delimiter) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                    b.append('"').append(text.replace("\"", "\"\"")).append('"');
                } else {
                    b.append(text);
                }
            }
            b.append(s.eol);
            w.write(b.toString());
        }

        @Override
        public void merge(int width) {
        }

        @Override
        public void endSheet() {
        }

        @Override
        public void close() throws IOException {
            w.close();
        }
    }

    /**
     * A streaming SpreadsheetML package: each worksheet part is written row by row straight into the
     * zip; the workbook, relationships, styles and (when used) the shared strings of the file follow.
     */
    private static final class XlsxSink implements RowSink {
        private static final long ZIP_TIME = 1_704_067_200_000L; // 2024-01-01, fixed for identical bytes
        private final ZipOutputStream zip;
        private final Writer w;
        private final boolean sharedStrings;
        private final Map<String, Integer> strings = new LinkedHashMap<>();
        private int stringRefs;
        private final List<String> sheets = new ArrayList<>();
        private final List<String[]> links = new ArrayList<>();
        private final List<String> merges = new ArrayList<>();
        private final StringBuilder b = new StringBuilder(2048);
        private int rowNo;

        XlsxSink(Path file, boolean sharedStrings) throws IOException {
            this.zip = new ZipOutputStream(Files.newOutputStream(file));
            this.zip.setLevel(Deflater.DEFAULT_COMPRESSION);
            this.w = new BufferedWriter(new OutputStreamWriter(new FilterOutputStream(zip) {
                @Override
                public void write(byte[] bytes, int off, int len) throws IOException {
                    out.write(bytes, off, len);
                }

                @Override
                public void close() {
                    // the zip stays open for the next part
                }
            }, StandardCharsets.UTF_8), 1 << 16);
            this.sharedStrings = sharedStrings;
        }

        private void entry(String name) throws IOException {
            ZipEntry e = new ZipEntry(name);
            e.setTime(ZIP_TIME);
            zip.putNextEntry(e);
        }

        private void part(String name, String xml) throws IOException {
            entry(name);
            w.write(xml);
            w.flush();
            zip.closeEntry();
        }

        @Override
        public void startSheet(String name, int width) throws IOException {
            sheets.add(name);
            links.clear();
            merges.clear();
            rowNo = 0;
            entry("xl/worksheets/sheet" + sheets.size() + ".xml");
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheetViews><sheetView workbookViewId=\"0\"/></sheetViews>"
                    + "<sheetFormatPr defaultRowHeight=\"15\"/><cols><col min=\"1\" max=\"1\" width=\"6\" customWidth=\"1\"/>"
                    + "<col min=\"2\" max=\"2\" width=\"48\" customWidth=\"1\"/><col min=\"3\" max=\"" + Math.max(3, width) + "\" width=\"18\" customWidth=\"1\"/></cols><sheetData>");
        }

        @Override
        public void row(Object[] cells) throws IOException {
            rowNo++;
            b.setLength(0);
            b.append("<row r=\"").append(rowNo).append("\">");
            for (int i = 0; i < cells.length; i++) {
                Object c = cells[i];
                if (c == null) {
                    continue;
                }
                String ref = column(i) + rowNo;
                b.append("<c r=\"").append(ref).append('"');
                if (c instanceof Long n) {
                    b.append("><v>").append(n).append("</v></c>");
                } else if (c instanceof Boolean v) {
                    b.append(" t=\"b\"><v>").append(v ? '1' : '0').append("</v></c>");
                } else {
                    String text = c instanceof Link l ? l.text : (String) c;
                    if (c instanceof Link l) {
                        links.add(new String[] {ref, l.target});
                    }
                    if (sharedStrings) {
                        Integer index = strings.get(text);
                        if (index == null) {
                            index = strings.size();
                            strings.put(text, index);
                        }
                        stringRefs++;
                        b.append(" t=\"s\"><v>").append(index).append("</v></c>");
                    } else {
                        b.append(" t=\"inlineStr\"><is>");
                        text(b, text);
                        b.append("</is></c>");
                    }
                }
            }
            b.append("</row>");
            w.write(b.toString());
        }

        @Override
        public void merge(int width) {
            merges.add("A" + rowNo + ":" + column(Math.max(1, width - 1)) + rowNo);
        }

        @Override
        public void endSheet() throws IOException {
            w.write("</sheetData>");
            if (!merges.isEmpty()) {
                w.write("<mergeCells count=\"" + merges.size() + "\">");
                for (String m : merges) {
                    w.write("<mergeCell ref=\"" + m + "\"/>");
                }
                w.write("</mergeCells>");
            }
            if (!links.isEmpty()) {
                w.write("<hyperlinks>");
                for (int i = 0; i < links.size(); i++) {
                    w.write("<hyperlink ref=\"" + links.get(i)[0] + "\" r:id=\"rId" + (i + 1) + "\"/>");
                }
                w.write("</hyperlinks>");
            }
            w.write("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>");
            w.flush();
            zip.closeEntry();
            if (!links.isEmpty()) {
                StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
                for (int i = 0; i < links.size(); i++) {
                    rels.append("<Relationship Id=\"rId").append(i + 1)
                            .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"");
                    escape(rels, links.get(i)[1]);
                    rels.append("\" TargetMode=\"External\"/>");
                }
                rels.append("</Relationships>");
                part("xl/worksheets/_rels/sheet" + sheets.size() + ".xml.rels", rels.toString());
            }
        }

        @Override
        public void close() throws IOException {
            StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
            StringBuilder book = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<workbookPr/><bookViews><workbookView/></bookViews><sheets>");
            StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
            for (int i = 1; i <= sheets.size(); i++) {
                types.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
                        .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
                book.append("<sheet name=\"");
                escape(book, sheets.get(i - 1));
                book.append("\" sheetId=\"").append(i).append("\" r:id=\"rId").append(i).append("\"/>");
                rels.append("<Relationship Id=\"rId").append(i)
                        .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
                        .append(i).append(".xml\"/>");
            }
            int n = sheets.size();
            rels.append("<Relationship Id=\"rId").append(n + 1)
                    .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
            if (sharedStrings) {
                types.append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
                rels.append("<Relationship Id=\"rId").append(n + 2)
                        .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>");
            }
            types.append("</Types>");
            book.append("</sheets></workbook>");
            rels.append("</Relationships>");
            if (sharedStrings) {
                entry("xl/sharedStrings.xml");
                w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\""
                        + stringRefs + "\" uniqueCount=\"" + strings.size() + "\">");
                for (String s : strings.keySet()) {
                    b.setLength(0);
                    b.append("<si>");
                    text(b, s);
                    b.append("</si>");
                    w.write(b.toString());
                }
                w.write("</sst>");
                w.flush();
                zip.closeEntry();
            }
            part("xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                    + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
                    + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                    + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                    + "<cellXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/></cellXfs>"
                    + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>");
            part("xl/workbook.xml", book.toString());
            part("xl/_rels/workbook.xml.rels", rels.toString());
            part("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            part("[Content_Types].xml", types.toString());
            zip.close();
        }

        private static void text(StringBuilder b, String text) {
            boolean preserve = !text.isEmpty() && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1))
                    || text.charAt(0) == '\u00a0' || text.charAt(text.length() - 1) == '\u00a0');
            b.append(preserve ? "<t xml:space=\"preserve\">" : "<t>");
            escape(b, text);
            b.append("</t>");
        }

        private static void escape(StringBuilder b, String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '&' -> b.append("&amp;");
                    case '<' -> b.append("&lt;");
                    case '>' -> b.append("&gt;");
                    case '"' -> b.append("&quot;");
                    default -> b.append(c);
                }
            }
        }

        private static String column(int i) {
            return i < 26 ? String.valueOf((char) ('A' + i)) : String.valueOf((char) ('A' + i / 26 - 1)) + (char) ('A' + i % 26);
        }
    }

    // ---------------------------------------------------------------- what was planted

    private static final String[] INVALID_CODES = {"R-INN-INVALID (check digit)", "R-INN-INVALID (8 digits)", "R-MUNICIPALITY-UNKNOWN",
            "R-URL-PERSONAL", "R-URL-INVALID", "R-PLATFORM-UNSUPPORTED", "R-VERIFIED-INVALID", "R-ORG-MISSING", "R-URL-MISSING",
            "R-PLATFORM-MISMATCH"};

    private static final class Stats {
        final LongAdder xlsxFiles = new LongAdder();
        final LongAdder csvFiles = new LongAdder();
        final LongAdder wideFiles = new LongAdder();
        final LongAdder longFiles = new LongAdder();
        final LongAdder titleFiles = new LongAdder();
        final LongAdder noHeaderSheets = new LongAdder();
        final LongAdder records = new LongAdder();
        final LongAdder duplicateRecords = new LongAdder();
        final LongAdder duplicateRows = new LongAdder();
        final LongAdder conflictRecords = new LongAdder();
        final LongAdder rejectedRows = new LongAdder();
        final LongAdder exemptRows = new LongAdder();
        final LongAdder warnInner = new LongAdder();
        final LongAdder warnVerifiedBlank = new LongAdder();
        final LongAdder warnFollowers = new LongAdder();
        final LongAdder warnOrgType = new LongAdder();
        final LongAdder bytes = new LongAdder();
        final LongAdder[] invalid = new LongAdder[INVALID_KINDS];

        Stats() {
            for (int i = 0; i < invalid.length; i++) {
                invalid[i] = new LongAdder();
            }
        }

        void print(java.io.PrintStream p, long rows, int files, double seconds, Path out) {
            p.printf(Locale.ROOT, "dataset      %s%n", out.toAbsolutePath());
            p.printf(Locale.ROOT, "page rows    %d in %d files (%d XLSX, %d CSV; %d long, %d wide; %d with title rows; %d no-header sheets)%n",
                    rows, files, xlsxFiles.sum(), csvFiles.sum(), longFiles.sum(), wideFiles.sum(), titleFiles.sum(), noHeaderSheets.sum());
            p.printf(Locale.ROOT, "size         %.1f MB%n", bytes.sum() / 1e6);
            p.printf(Locale.ROOT, "records      %d table rows; %d exemption rows (not page rows)%n", records.sum(), exemptRows.sum());
            p.printf(Locale.ROOT, "duplicates   %d page rows (%.2f %%) in %d listings of an earlier file's organisation (%d under another organisation: R-CONFLICT)%n",
                    duplicateRows.sum(), 100.0 * duplicateRows.sum() / rows, duplicateRecords.sum(), conflictRecords.sum());
            p.printf(Locale.ROOT, "rejected     %d page rows planted invalid (%.2f %%):%n", rejectedRows.sum(), 100.0 * rejectedRows.sum() / rows);
            for (int i = 0; i < invalid.length; i++) {
                p.printf(Locale.ROOT, "               %-32s %d%n", INVALID_CODES[i], invalid[i].sum());
            }
            p.printf(Locale.ROOT, "warnings     R-URL-INNER %d, R-VERIFIED-BLANK %d, R-FOLLOWERS-INVALID %d, R-ORGTYPE-UNKNOWN %d%n",
                    warnInner.sum(), warnVerifiedBlank.sum(), warnFollowers.sum(), warnOrgType.sum());
            p.printf(Locale.ROOT, "generated in %.1f s%n", seconds);
        }
    }
}
