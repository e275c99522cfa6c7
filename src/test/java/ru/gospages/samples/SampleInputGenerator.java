package ru.gospages.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.gospages.samples.SampleOrganisations.Code;
import ru.gospages.samples.SampleOrganisations.Col;
import ru.gospages.samples.SampleOrganisations.Defect;
import ru.gospages.samples.SampleOrganisations.Org;
import ru.gospages.samples.SampleOrganisations.Page;
import ru.gospages.samples.SampleOrganisations.Period;
import ru.gospages.samples.SampleOrganisations.Severity;
import ru.gospages.samples.SampleOrganisations.Source;

/**
 * Writes the sample submissions {@code <input>/2022-11/} and {@code <input>/2022-12/} (SPEC 2):
 * every input shape and format of SPEC 4 with a handful of deliberate problems, from the data of
 * {@link SampleOrganisations}. Deterministic: the same bytes on every run (fixed document dates,
 * fixed zip entry times, no randomness). Prints the answer key (expected problems with file,
 * sheet, row and column; expected registry figures and changes) that input/README.md quotes.
 *
 * <pre>java -cp &lt;classpath&gt; ru.gospages.samples.SampleInputGenerator [input-folder]</pre>
 */
public final class SampleInputGenerator {

    /** Written into the document properties instead of "now". */
    private static final Instant CREATED = Instant.parse("2022-12-05T04:00:00Z");
    /** Zip entry time of every .xlsx part (DOS time has no time zone: local 2022-12-05 09:00). */
    private static final long ZIP_TIME = java.time.LocalDateTime.of(2022, 12, 5, 9, 0)
            .atZone(java.time.ZoneId.systemDefault()).toInstant().toEpochMilli();

    private static final Charset CP1251 = Charset.forName("windows-1251");

    /** Reference order of jobs/reference/municipalities.csv (the regional level first). */
    private static final List<String> MUNICIPALITIES = List.of(SampleOrganisations.REGION,
            "город Ханты-Мансийск", "город Лангепас", "город Мегион", "город Нефтеюганск", "город Нижневартовск",
            "город Сургут", "город Радужный", "город Урай", "город Нягань", "город Когалым", "город Покачи",
            "город Пыть-Ях", "город Югорск", "Белоярский район", "Берёзовский район", "Кондинский район",
            "Нефтеюганский район", "Нижневартовский район", "Октябрьский район", "Советский район",
            "Сургутский район", "Ханты-Мансийский район");

    // ---------------------------------------------------------------- cell values and sheets

    /** An integer stored as a number cell, shown with format "0" (no exponent in Excel). */
    record Num(double value) {
    }

    /** A hyperlink cell: text shown, URL as the link target. */
    record Link(String text, String url) {
    }

    /** A formula with its cached result computed on writing. */
    record Formula(String expression) {
    }

    /** Rich text: a bold part and a plain part. */
    record Rich(String bold, String plain) {
    }

    /** An Excel boolean cell. */
    record Bool(boolean value) {
    }

    /** One sheet as rows of cells (String, Num, Link, Formula, Rich, Bool or null). */
    static final class SheetData {
        final String name;
        boolean hidden;
        final List<List<Object>> rows = new ArrayList<>();
        final List<int[]> merges = new ArrayList<>();
        final Set<Integer> headerRows = new LinkedHashSet<>();
        final Set<Integer> titleRows = new LinkedHashSet<>();
        int[] widths = new int[0];

        SheetData(String name) {
            this.name = name;
        }

        /** Adds a row and returns its 1-based number as Excel shows it. */
        int add(Object... cells) {
            rows.add(new ArrayList<>(java.util.Arrays.asList(cells)));
            return rows.size();
        }

        int addList(List<Object> cells) {
            rows.add(new ArrayList<>(cells));
            return rows.size();
        }

        /** Merges rows r1..r2 and columns c1..c2, all 1-based row numbers and 0-based columns. */
        void merge(int r1, int r2, int c1, int c2) {
            merges.add(new int[] {r1 - 1, r2 - 1, c1, c2});
        }
    }

    // ---------------------------------------------------------------- the answer key

    /** An expected problem. */
    record Finding(String file, String sheet, int row, String column, Code code, String note) {
    }

    /** Expected counts of one file, as `check` prints them. */
    static final class FileStats {
        final String file;
        int pageRows;
        int accepted;
        int exempt;
        boolean rejected;
        final List<Finding> findings = new ArrayList<>();

        FileStats(String file) {
            this.file = file;
        }

        long count(Severity severity) {
            return findings.stream().filter(f -> f.code().severity == severity).count();
        }
    }

    /** A page of the expected registry of a period. */
    record Entry(String url, String platform, Org org, boolean verified, long followers, boolean carried) {
    }

    /** What one period's files contain and what the registry of that period must be. */
    static final class Expected {
        final Period period;
        final Map<String, FileStats> files = new LinkedHashMap<>();
        final Map<String, Entry> registry = new LinkedHashMap<>();
        final Set<String> submittedInns = new LinkedHashSet<>();
        final Map<String, Org> exemptOrgs = new LinkedHashMap<>();
        /** Cells that must be read without a problem: the edge cases the reader has to handle. */
        final List<Finding> notes = new ArrayList<>();

        Expected(Period period) {
            this.period = period;
        }

        FileStats file(String name) {
            return files.computeIfAbsent(name, FileStats::new);
        }

        void note(String file, String sheet, int row, String column, String what) {
            notes.add(new Finding(file, sheet, row, column, null, what));
        }
    }

    private final List<Org> orgs = SampleOrganisations.all();

    private SampleInputGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path input = Path.of(args.length > 0 ? args[0] : "input");
        Path directory = Path.of(args.length > 1 ? args[1] : "jobs/reference/organizations.csv");
        Files.write(directory, (String.join("\n", SampleOrganisations.directoryLines()) + "\n").getBytes(StandardCharsets.UTF_8));
        quietPoi();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        SampleInputGenerator generator = new SampleInputGenerator();
        Expected previous = null;
        for (Period period : Period.values()) {
            Expected expected = generator.write(input.resolve(period.folder), period);
            if (previous != null) {
                carryOver(previous, expected);
            }
            printKey(out, expected, previous);
            printDirectory(out, expected, generator.orgs);
            previous = expected;
        }
    }

    /** POI logs its property-set notes to the console, where the answer key goes: keep it quiet. */
    private static void quietPoi() {
        if (org.slf4j.LoggerFactory.getLogger("org.apache.poi") instanceof ch.qos.logback.classic.Logger logger) {
            logger.setLevel(ch.qos.logback.classic.Level.ERROR);
        }
    }

    private Expected write(Path folder, Period period) throws IOException {
        Files.createDirectories(folder);
        Expected expected = new Expected(period);
        writeXlsx(folder.resolve(Source.MUNICIPAL.file), List.of(municipal(period, expected)));
        writeXlsx(folder.resolve(Source.SCHOOLS.file), education(period, expected));
        writeXls(folder.resolve(Source.CULTURE.file), List.of(culture(period, expected)));
        writeCsv(folder.resolve(Source.HEALTH.file), health(period, expected), CP1251, ';', false);
        writeCsv(folder.resolve(Source.SPORT.file), sport(period, expected), StandardCharsets.UTF_8, ',', true);
        writeXlsx(folder.resolve(Source.COURTS.file), List.of(courts(period, expected)));
        writeXlsx(folder.resolve(Source.GOSPUBLIKI.file), List.of(gospubliki(period, expected)));
        if (period == Period.DEC) {
            // Excel's owner file of an open workbook: 165 bytes, the user name in it; must be ignored
            byte[] lock = new byte[165];
            byte[] user = "Иванова И.И.".getBytes(StandardCharsets.UTF_16LE);
            lock[0] = (byte) 12;
            System.arraycopy(user, 0, lock, 1, user.length);
            Files.write(folder.resolve("~$01-municipal-long.xlsx"), lock);
            // a scanned covering letter sent along with the tables: not a table
            Files.write(folder.resolve("список.pdf"),
                    "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
            FileStats pdf = expected.file("список.pdf");
            pdf.rejected = true;
            pdf.findings.add(new Finding("список.pdf", "", 0, "", Code.F_UNSUPPORTED_FORMAT, "не таблица: файл отклоняется целиком"));
        } else {
            Files.deleteIfExists(folder.resolve("~$01-municipal-long.xlsx"));
            Files.deleteIfExists(folder.resolve("список.pdf"));
        }
        return expected;
    }

    private List<Org> orgs(Source source, Period period) {
        return orgs.stream().filter(o -> o.source == source && o.submits(period)).toList();
    }

    // ---------------------------------------------------------------- 01: long shape, xlsx

    private SheetData municipal(Period period, Expected expected) {
        String file = Source.MUNICIPAL.file;
        SheetData sheet = new SheetData("Реестр");
        List<Col> cols = List.of(Col.NO, Col.ORG, Col.INN, Col.OGRN, Col.TYPE, Col.MO, Col.PLATFORM, Col.URL, Col.VERIFIED, Col.FOLLOWERS);
        sheet.widths = new int[] {6, 44, 14, 17, 30, 26, 16, 42, 10, 14};
        sheet.titleRows.add(sheet.add("Реестр официальных страниц органов местного самоуправления Ханты-Мансийского автономного округа – Югры в социальных сетях"));
        sheet.merge(1, 1, 0, cols.size() - 1);
        sheet.titleRows.add(sheet.add("по состоянию на " + period.asOf));
        sheet.merge(2, 2, 0, cols.size() - 1);
        sheet.add();
        int headerRow = sheet.add("№ п/п", "Наименование организации", "ИНН", "ОГРН", "Тип организации",
                "Муниципальное образование", "Социальная сеть", "Ссылка на страницу", "Госметка", "Количество подписчиков");
        sheet.headerRows.add(headerRow);
        expected.note(file, sheet.name, headerRow, "", "header in row 4 under two title rows (1–2, merged) and a blank row; long shape");
        expected.note(file, sheet.name, headerRow + 1, "C", "every INN is a number cell (stored as 8.60299001E9 in the XML); OGRN a number, text or blank");
        int n = 0;
        for (Org org : orgs(Source.MUNICIPAL, period)) {
            for (Page page : org.pages) {
                if (!page.in(period)) {
                    continue;
                }
                Map<Col, Object> cells = new LinkedHashMap<>();
                cells.put(Col.NO, new Num(++n));
                cells.put(Col.ORG, org.no == 1 ? new Rich("Администрация", " города Сургута") : org.name);
                String inn = page.innText != null ? page.innText : org.innWritten();
                cells.put(Col.INN, new Num(Long.parseLong(inn)));
                // OGRN: as a number for some, as text for others, not given by a few
                cells.put(Col.OGRN, org.no % 5 == 0 ? null : org.no % 2 == 0 ? new Num(Long.parseLong(org.ogrnWritten())) : org.ogrnWritten());
                cells.put(Col.TYPE, org.typeWritten);
                cells.put(Col.MO, org.municipalityWritten);
                boolean shortNames = org.no == 4 || org.no == 18;
                cells.put(Col.PLATFORM, page.platform.equals("vk") ? (shortNames ? "ВК" : "ВКонтакте") : (shortNames ? "ОК" : "Одноклассники"));
                cells.put(Col.URL, page.linkText != null ? new Link(page.linkText, page.written) : page.written);
                cells.put(Col.VERIFIED, org.no == 14 ? new Bool(page.verified(period)) : verifiedText(page, period, v -> v ? "да" : "нет"));
                if (page.followersText != null) {
                    cells.put(Col.FOLLOWERS, page.followersText);
                } else if (org.no == 7 && page.platform.equals("vk") && page.written.contains("nvartovsk_adm")) {
                    long f = page.followers(period);
                    cells.put(Col.FOLLOWERS, new Formula((f - 1000) + "+1000"));
                } else {
                    cells.put(Col.FOLLOWERS, new Num(page.followers(period)));
                }
                int row = sheet.addList(ordered(cols, cells));
                longRow(expected, file, sheet.name, row, cols, org, page, period);
                if (org.no == 1 && page == org.pages.get(0)) {
                    expected.note(file, sheet.name, row, "B", "rich text (bold «Администрация»)");
                }
                if (page.linkText != null) {
                    expected.note(file, sheet.name, row, "H", "hyperlink cell: text «" + page.linkText + "», target " + page.written);
                }
                if (cells.get(Col.FOLLOWERS) instanceof Formula f) {
                    expected.note(file, sheet.name, row, "J", "formula =" + f.expression() + " (cached value " + page.followers(period) + ")");
                }
                if (org.no == 14 && page == org.pages.get(0)) {
                    expected.note(file, sheet.name, row, "I", "Excel boolean TRUE in the verified column (rows of " + org.name + ")");
                }
                if (page == org.pages.get(0) && !org.municipalityWritten.equals(org.municipality)
                        && List.of(6, 8, 13).contains(org.no)) {
                    expected.note(file, sheet.name, row, "F", "municipality «" + org.municipalityWritten + "» = " + org.municipality);
                }
                if ((org.no == 4 || org.no == 18) && page == org.pages.get(0)) {
                    expected.note(file, sheet.name, row, "G", "platform written «ВК»/«ОК»");
                }
            }
        }
        sheet.add();
        int footer = sheet.add("Исполнитель: Иванова И.И., тел. 8 (3462) 52-20-00");
        expected.note(file, sheet.name, footer, "A", "note under the table in the «№ п/п» column: an empty row, not counted");
        return sheet;
    }

    // ---------------------------------------------------------------- 02: wide shape, xlsx, two visible sheets + hidden + no-header

    private List<SheetData> education(Period period, Expected expected) {
        String file = Source.SCHOOLS.file;
        List<SheetData> sheets = new ArrayList<>();

        SheetData schools = new SheetData("Школы");
        List<Col> cols = List.of(Col.NO, Col.ORG, Col.INN, Col.OGRN, Col.TYPE, Col.MO);
        schools.widths = new int[] {6, 44, 14, 16, 26, 22, 34, 10, 11, 34, 10, 11, 34};
        schools.titleRows.add(schools.add("Сведения об официальных страницах образовательных организаций на " + period.asOf));
        schools.merge(1, 1, 0, 12);
        int schoolHeader;
        schools.headerRows.add(schoolHeader = schools.add("№\nп/п", "Наименование\nорганизации*", "ИНН*", "ОГРН", "Тип\nорганизации",
                "Муниципальное\nобразование*", "Ссылка на страницу ВКонтакте*", "Госметка ВК*", "Подписчики ВК",
                "Ссылка на страницу в Одноклассниках*", "Госметка ОК*", "Подписчики ОК",
                "Официальная страница\nне ведется на основании"));
        WideColumns schoolColumns = new WideColumns(Map.of(Col.NO, 0, Col.ORG, 1, Col.INN, 2, Col.OGRN, 3, Col.TYPE, 4, Col.MO, 5, Col.EXEMPTION, 12),
                new int[] {6, 7, 8}, new int[] {9, 10, 11}, 13);
        int n = 0;
        for (Org org : orgs(Source.SCHOOLS, period)) {
            Object[] cells = new Object[13];
            cells[0] = new Num(++n);
            cells[1] = org.name;
            cells[2] = org.innWritten();
            cells[3] = org.no % 3 == 0 ? null : org.ogrnWritten();
            cells[4] = org.typeWritten;
            cells[5] = org.municipalityWritten;
            fillWide(cells, schoolColumns, org, period, v -> v ? "да" : "нет", n % 2 == 0 ? "нет" : "-");
            int row = schools.add(cells);
            wideRow(expected, file, schools.name, row, schoolColumns, org, period);
            if (org.innText != null && org.innText.endsWith("\u00A0")) {
                expected.note(file, schools.name, row, "C", "INN as text with a trailing no-break space");
            }
        }
        expected.note(file, schools.name, schoolHeader, "", "wide shape; header cells with line breaks and a trailing * (row 1 is a title)");
        expected.note(file, schools.name, 0, "G, J", "«нет» / «-» in a URL cell = no page on that platform (no problem)");
        sheets.add(schools);

        SheetData preschool = new SheetData("Дошкольные и доп. образование");
        preschool.widths = new int[] {6, 46, 14, 26, 24, 30, 30, 10, 10, 44};
        preschool.titleRows.add(preschool.add("Учреждения дошкольного и дополнительного образования: официальные страницы в социальных сетях"));
        preschool.merge(1, 1, 0, 9);
        preschool.add();
        int top = preschool.add("№ п/п", "Наименование организации", "ИНН", "Тип организации", "Муниципальное образование",
                "Ссылка на страницу", null, "Госметка", null, "Официальная страница не ведется на основании");
        int bottom = preschool.add(null, null, null, null, null, "ВКонтакте", "Одноклассники", "ВК", "ОК", null);
        preschool.headerRows.add(top);
        preschool.headerRows.add(bottom);
        for (int c : new int[] {0, 1, 2, 3, 4, 9}) {
            preschool.merge(top, bottom, c, c);
        }
        preschool.merge(top, top, 5, 6);
        preschool.merge(top, top, 7, 8);
        WideColumns preColumns = new WideColumns(Map.of(Col.NO, 0, Col.ORG, 1, Col.INN, 2, Col.TYPE, 3, Col.MO, 4, Col.EXEMPTION, 9),
                new int[] {5, 7, -1}, new int[] {6, 8, -1}, 10);
        n = 0;
        for (Org org : orgs(Source.PRESCHOOL, period)) {
            Object[] cells = new Object[10];
            cells[0] = new Num(++n);
            cells[1] = org.name;
            cells[2] = new Num(Long.parseLong(org.innWritten()));
            cells[3] = org.typeWritten;
            cells[4] = org.municipalityWritten;
            fillWide(cells, preColumns, org, period, v -> v ? "Да" : "Нет", "нет");
            if (org.exemption != null) {
                cells[5] = "нет";
                cells[6] = null;
                cells[7] = null;
                cells[8] = null;
            }
            int row = preschool.add(cells);
            wideRow(expected, file, preschool.name, row, preColumns, org, period);
            if (org.exemption != null) {
                expected.note(file, preschool.name, row, "J", "exemption ground, VK «нет», OK blank: exempt row (rows.exempt), not a page row; "
                        + org.name + " counts as compliant");
            }
        }
        expected.note(file, preschool.name, bottom, "", "two-row merged header (rows " + top + "–" + bottom
                + "): «Ссылка на страницу» over «ВКонтакте»/«Одноклассники», «Госметка» over «ВК»/«ОК»; INN as number cells");
        sheets.add(preschool);

        // hidden: a leftover look-up sheet with a header-like row and junk; must be skipped
        SheetData hidden = new SheetData("Справочник");
        hidden.hidden = true;
        hidden.add("Наименование организации", "ИНН", "Муниципальное образование", "Ссылка на страницу", "Госметка");
        hidden.add("тест", "123", "Тюмень", "abc", "может быть");
        hidden.add("МБОУ СОШ № 99 (образец)", "0000000000", "Москва", "https://vk.com/id1", "?");
        hidden.add("Ханты-Мансийский автономный округ – Югра", null, null, null, "да");
        hidden.add("город Сургут", null, null, null, "нет");
        sheets.add(hidden);
        expected.note(file, hidden.name, 0, "", "hidden sheet with a header-like row and junk («Тюмень», «может быть», vk.com/id1): must be skipped silently");

        // visible, but no header: skipped with the sheet warning F-NO-HEADER
        SheetData help = new SheetData("Инструкция");
        help.widths = new int[] {110};
        help.add("Порядок заполнения");
        help.add("1. На листах «Школы» и «Дошкольные и доп. образование» одна строка — одна организация.");
        help.add("2. Если страница на площадке не ведётся, поставьте «нет» или «-»; основание укажите в последнем столбце.");
        help.add("3. Госметка: «да» или «нет». ИНН — 10 цифр.");
        sheets.add(help);
        expected.file(file).findings.add(new Finding(file, help.name, 0, "", Code.F_NO_HEADER,
                "видимый лист без строки заголовков пропускается (предупреждение)"));
        return sheets;
    }

    // ---------------------------------------------------------------- 03: long shape, xls (BIFF8), header synonyms

    private SheetData culture(Period period, Expected expected) {
        String file = Source.CULTURE.file;
        SheetData sheet = new SheetData("Культура");
        List<Col> cols = List.of(Col.NO, Col.ORG, Col.INN, Col.TYPE, Col.MO, Col.PLATFORM, Col.URL, Col.VERIFIED, Col.FOLLOWERS);
        sheet.widths = new int[] {5, 50, 14, 26, 18, 15, 40, 12, 12};
        sheet.titleRows.add(sheet.add("Официальные страницы учреждений культуры (" + period.asOf + ")"));
        sheet.headerRows.add(sheet.add("№", "Организация", "ИНН организации", "Вид организации", "МО", "Соцсеть",
                "Адрес страницы", "Наличие госметки", "Подписчики"));
        int n = 0;
        for (Org org : orgs(Source.CULTURE, period)) {
            for (Page page : org.pages) {
                if (!page.in(period)) {
                    continue;
                }
                Map<Col, Object> cells = new LinkedHashMap<>();
                cells.put(Col.NO, new Num(++n));
                cells.put(Col.ORG, org.name);
                cells.put(Col.INN, org.no == 42 ? new Num(Long.parseLong(org.innWritten())) : org.innWritten());
                cells.put(Col.TYPE, org.typeWritten);
                cells.put(Col.MO, org.municipalityWritten);
                cells.put(Col.PLATFORM, switch (page.platform) {
                    case "vk" -> "ВКонтакте";
                    case "ok" -> "Одноклассники";
                    default -> null;
                });
                cells.put(Col.URL, page.written);
                cells.put(Col.VERIFIED, verifiedText(page, period, v -> v ? "Да" : "Нет"));
                cells.put(Col.FOLLOWERS, page.followersText != null ? page.followersText : new Num(page.followers(period)));
                int row = sheet.addList(ordered(cols, cells));
                longRow(expected, file, sheet.name, row, cols, org, page, period);
                if (page == org.pages.get(0) && !org.municipalityWritten.equals(org.municipality)) {
                    expected.note(file, sheet.name, row, "E", "municipality «" + org.municipalityWritten + "» = " + org.municipality);
                }
                if (org.no == 42 && page == org.pages.get(0)) {
                    expected.note(file, sheet.name, row, "C", "INN as a number cell in BIFF8");
                }
            }
        }
        expected.note(file, sheet.name, 2, "", "header synonyms: Организация, ИНН организации, Вид организации, МО, Соцсеть, Адрес страницы, Наличие госметки, Подписчики (row 1 is a title)");
        return sheet;
    }

    // ---------------------------------------------------------------- 04: long shape, CSV Windows-1251 ';'

    private SheetData health(Period period, Expected expected) {
        String file = Source.HEALTH.file;
        SheetData sheet = new SheetData("04-health-cp1251");
        List<Col> cols = List.of(Col.ORG, Col.INN, Col.OGRN, Col.TYPE, Col.MO, Col.PLATFORM, Col.URL, Col.VERIFIED, Col.FOLLOWERS);
        sheet.add("Наименование организации", "ИНН", "ОГРН", "Тип организации", "Муниципальное образование",
                "Социальная сеть", "Ссылка на страницу", "Госметка", "Количество подписчиков");
        String[] yes = {"есть", "+", "1", "да"};
        String[] no = {"отсутствует", "нет"};
        int n = 0;
        for (Org org : orgs(Source.HEALTH, period)) {
            for (Page page : org.pages) {
                if (!page.in(period)) {
                    continue;
                }
                int k = n++;
                Map<Col, Object> cells = new LinkedHashMap<>();
                cells.put(Col.ORG, org.name);
                cells.put(Col.INN, org.innWritten());
                cells.put(Col.OGRN, org.ogrnWritten());
                cells.put(Col.TYPE, org.typeWritten);
                cells.put(Col.MO, org.municipalityWritten);
                cells.put(Col.PLATFORM, page.platform.equals("vk") ? "ВКонтакте" : "Одноклассники");
                cells.put(Col.URL, page.written);
                cells.put(Col.VERIFIED, verifiedText(page, period, v -> v ? yes[k % yes.length] : no[k % no.length]));
                long f = page.followers(period);
                // digit groups: a no-break space in the first row, ordinary spaces elsewhere
                String grouped = f >= 10_000 ? groups(f, k == 0 ? '\u00A0' : ' ') : Long.toString(f);
                cells.put(Col.FOLLOWERS, page.followersText != null ? page.followersText : page.written.equals("https://vk.com/") ? "" : grouped);
                int row = sheet.addList(ordered(cols, cells));
                longRow(expected, file, sheet.name, row, cols, org, page, period);
                if (k == 0) {
                    expected.note(file, sheet.name, row, "I", "followers «" + grouped.replace('\u00A0', '·') + "» with a no-break space (·) between digit groups; other rows ≥ 10 000 use a plain space");
                    expected.note(file, sheet.name, row, "H", "verified written «есть», «+», «1», «да» / «отсутствует», «нет» in turn");
                }
            }
        }
        return sheet;
    }

    // ---------------------------------------------------------------- 05: long shape, CSV UTF-8 with BOM ','

    private SheetData sport(Period period, Expected expected) {
        String file = Source.SPORT.file;
        SheetData sheet = new SheetData("05-sport-utf8");
        List<Col> cols = List.of(Col.ORG, Col.INN, Col.OGRN, Col.TYPE, Col.MO, Col.PLATFORM, Col.URL, Col.VERIFIED, Col.FOLLOWERS);
        sheet.add("Учреждение", "ИНН учреждения", "ОГРН учреждения", "Категория организации", "Территория", "Площадка",
                "Ссылка на официальную страницу", "Верификация", "Число подписчиков");
        for (Org org : orgs(Source.SPORT, period)) {
            for (Page page : org.pages) {
                if (!page.in(period)) {
                    continue;
                }
                boolean latin = org.no % 2 == 0;
                Map<Col, Object> cells = new LinkedHashMap<>();
                cells.put(Col.ORG, org.name);
                cells.put(Col.INN, org.innWritten());
                cells.put(Col.OGRN, org.no == 57 ? "" : org.ogrnWritten());
                cells.put(Col.TYPE, org.typeWritten);
                cells.put(Col.MO, org.municipalityWritten);
                cells.put(Col.PLATFORM, page.platform.equals("vk") ? (latin ? "VK" : "ВК") : (latin ? "OK" : "ОК"));
                cells.put(Col.URL, page.written);
                cells.put(Col.VERIFIED, verifiedText(page, period, v -> v ? "да" : "нет"));
                cells.put(Col.FOLLOWERS, page.followersText != null ? page.followersText : Long.toString(page.followers(period)));
                int row = sheet.addList(ordered(cols, cells));
                longRow(expected, file, sheet.name, row, cols, org, page, period);
                if (page == org.pages.get(0) && (org.name.contains(",") || org.name.contains("\""))) {
                    expected.note(file, sheet.name, row, "A", "RFC 4180 quoted name: " + org.name);
                }
            }
        }
        return sheet;
    }

    // ---------------------------------------------------------------- 06: wide shape, xlsx, URL variants

    private SheetData courts(Period period, Expected expected) {
        String file = Source.COURTS.file;
        SheetData sheet = new SheetData("Суды и органы власти");
        sheet.widths = new int[] {60, 14, 16, 24, 30, 40, 12, 40, 12, 12, 12};
        sheet.headerRows.add(sheet.add("Наименование органа (организации)", "ИНН", "ОГРН", "Тип организации",
                "Муниципальное образование", "Ссылка на официальную страницу ВКонтакте", "Госметка ВК (да/нет)",
                "Ссылка на официальную страницу в Одноклассниках", "Госметка ОК (да/нет)",
                "Количество подписчиков ВК", "Количество подписчиков ОК"));
        WideColumns columns = new WideColumns(Map.of(Col.ORG, 0, Col.INN, 1, Col.OGRN, 2, Col.TYPE, 3, Col.MO, 4),
                new int[] {5, 6, 9}, new int[] {7, 8, 10}, 11);
        int n = 0;
        for (Org org : orgs(Source.COURTS, period)) {
            Object[] cells = new Object[11];
            cells[0] = org.name;
            cells[1] = org.no == 60 ? new Num(Long.parseLong(org.innWritten())) : org.innWritten();
            cells[2] = org.ogrnWritten();
            cells[3] = org.typeWritten;
            cells[4] = org.municipalityWritten;
            fillWide(cells, columns, org, period, v -> v ? "да" : "нет", n++ % 2 == 0 ? "-" : "нет");
            int row = sheet.add(cells);
            wideRow(expected, file, sheet.name, row, columns, org, period);
            for (Page page : org.pages) {
                if (page.canonical != null && !page.canonical.equals(page.written) && page.defects.isEmpty()) {
                    expected.note(file, sheet.name, row, page.platform.equals("vk") ? "F" : "H",
                            "«" + page.written + "» = " + page.canonical);
                }
            }
            if (org.no == 60) {
                expected.note(file, sheet.name, row, "B", "INN as a number cell");
            }
        }
        return sheet;
    }

    // ---------------------------------------------------------------- 07: the federal «Госпаблики» export, xlsx

    private SheetData gospubliki(Period period, Expected expected) {
        String file = Source.GOSPUBLIKI.file;
        SheetData sheet = new SheetData("Госпаблики");
        sheet.widths = new int[] {14, 40, 50, 40, 16, 16, 12, 14, 34, 30, 16, 12, 12, 12, 12, 14};
        sheet.headerRows.add(sheet.add("Уровень", "Учредитель", "Наименование подведомственной организации",
                "Официальная страница не ведется на основании", "ОГРН", "Сфера 1", "Статус", "ID госпаблика",
                "Ссылка на госпаблик ВК", "Адрес, указанный в настройках страницы", "Подключение к компоненту «Госпаблики» (да/нет)",
                "Госметка (да/нет)", "Оформление (%)", "Виджеты (0/1/2)", "Активность (%)", "Количество подписчиков"));
        List<Col> cols = java.util.Arrays.asList(null, null, Col.ORG, Col.EXEMPTION, Col.OGRN, null, null, null, Col.URL,
                null, null, Col.VERIFIED, null, null, null, Col.FOLLOWERS);
        int id = 218_000_100;
        for (Org org : orgs(Source.GOSPUBLIKI, period)) {
            Object[] cells = new Object[16];
            cells[0] = "Муниципальный";
            cells[1] = "Администрация — " + org.municipality;
            cells[2] = org.name;
            cells[4] = org.ogrn;
            cells[5] = org.name.contains("культур") ? "Культура" : org.name.contains("бухгалтер") ? "Финансы" : "Образование";
            cells[6] = "Активный";
            if (org.exemption != null) {
                cells[3] = org.exemption;
                int row = sheet.add(cells);
                FileStats stats = expected.file(file);
                stats.exempt++;
                expected.exemptOrgs.put(org.inn, org);
                expected.submittedInns.add(org.inn);
                org.defects.forEach(d -> stats.findings.add(new Finding(file, sheet.name, row, "E", d.code(), d.note())));
                continue;
            }
            Page page = org.pages.get(0);
            cells[7] = new Num(id += 17);
            cells[8] = page.written;
            cells[9] = "Ханты-Мансийский автономный округ – Югра, " + org.municipality;
            cells[10] = "да";
            cells[11] = page.verified(period) ? "Да" : "Нет";
            cells[12] = new Num(80);
            cells[13] = new Num(2);
            cells[14] = new Num(65);
            cells[15] = new Num(page.followers(period));
            int row = sheet.add(cells);
            longRow(expected, file, sheet.name, row, cols, org, page, period);
        }
        expected.note(file, sheet.name, 1, "", "the «Госпаблики» export: OGRN only, «Ссылка на госпаблик ВК», «Госметка (да/нет)» "
                + "of that column; Уровень, Учредитель, Сфера, ID, scores ignored");
        return sheet;
    }

    // ---------------------------------------------------------------- the directory's figures (SPEC 13)

    private static void printDirectory(PrintStream out, Expected e, List<Org> orgs) {
        Map<String, Org> obligated = new LinkedHashMap<>();
        orgs.stream().filter(o -> o.inDirectory && o.obligated).forEach(o -> obligated.putIfAbsent(o.inn, o));
        SampleOrganisations.directoryOnly().stream().filter(o -> o.obligated).forEach(o -> obligated.putIfAbsent(o.inn, o));
        out.println("### Expected `directory` figures (with `jobs/reference/organizations.csv`)");
        out.println();
        out.println("| municipality | organizations | reported | notReported | compliant | compliantPercent | withoutPages |");
        out.println("|---|---:|---:|---:|---:|---:|---:|");
        int[] total = new int[5];
        for (String mo : MUNICIPALITIES) {
            int[] row = new int[5];
            for (Org org : obligated.values()) {
                if (!org.municipality.equals(mo)) {
                    continue;
                }
                boolean vk = e.registry.values().stream().anyMatch(p -> p.org().inn.equals(org.inn) && p.platform().equals("vk"));
                boolean ok = e.registry.values().stream().anyMatch(p -> p.org().inn.equals(org.inn) && p.platform().equals("ok"));
                boolean pages = e.registry.values().stream().anyMatch(p -> p.org().inn.equals(org.inn));
                boolean exempt = e.exemptOrgs.containsKey(org.inn);
                row[0]++;
                row[1] += e.submittedInns.contains(org.inn) ? 1 : 0;
                row[3] += vk && ok || exempt ? 1 : 0;
                row[4] += !pages && !exempt ? 1 : 0;
            }
            row[2] = row[0] - row[1];
            for (int i = 0; i < row.length; i++) {
                total[i] += row[i];
            }
            if (row[0] > 0) {
                out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d | %s | %d |%n", mo, row[0], row[1], row[2], row[3], percent(row[3], row[0]), row[4]);
            }
        }
        out.printf(Locale.ROOT, "| **total** | %d | %d | %d | %d | %s | %d |%n", total[0], total[1], total[2], total[3],
                percent(total[3], total[0]), total[4]);
        out.println();
    }

    // ---------------------------------------------------------------- row helpers

    /** Wide layout: fixed columns, and per platform the URL, verified and followers columns (-1: none). */
    record WideColumns(Map<Col, Integer> fixed, int[] vk, int[] ok, int width) {
        int[] of(String platform) {
            return platform.equals("vk") ? vk : ok;
        }
    }

    private static void fillWide(Object[] cells, WideColumns columns, Org org, Period period,
                                 Function<Boolean, String> yesNo, String placeholder) {
        for (String platform : List.of("vk", "ok")) {
            int[] c = columns.of(platform);
            Page page = org.pages.stream().filter(p -> p.platform.equals(platform) && p.in(period)).findFirst().orElse(null);
            if (page == null) {
                if (org.exemption == null) {
                    cells[c[0]] = placeholder;
                }
                continue;
            }
            cells[c[0]] = page.written;
            cells[c[1]] = verifiedText(page, period, yesNo);
            if (c[2] >= 0) {
                cells[c[2]] = page.followersText != null ? page.followersText : new Num(page.followers(period));
            }
        }
        if (org.exemption != null && columns.fixed().containsKey(Col.EXEMPTION)) {
            cells[columns.fixed().get(Col.EXEMPTION)] = org.exemption;
        }
    }

    private static String verifiedText(Page page, Period period, Function<Boolean, String> yesNo) {
        return page.verifiedText != null ? page.verifiedText : yesNo.apply(page.verified(period));
    }

    private static List<Object> ordered(List<Col> cols, Map<Col, Object> cells) {
        List<Object> row = new ArrayList<>();
        for (Col col : cols) {
            row.add(cells.get(col));
        }
        return row;
    }

    private static String letter(int column) {
        return CellReference.convertNumToColString(column);
    }

    /** Records the expectations of one long-shape row (one page). */
    private static void longRow(Expected expected, String file, String sheet, int row, List<Col> cols,
                                Org org, Page page, Period period) {
        FileStats stats = expected.file(file);
        stats.pageRows++;
        for (Defect d : org.defects) {
            stats.findings.add(new Finding(file, sheet, row, letter(cols.indexOf(d.col())), d.code(), d.note()));
        }
        for (Defect d : page.defects) {
            stats.findings.add(new Finding(file, sheet, row, letter(cols.indexOf(d.col())), d.code(), d.note()));
        }
        accept(expected, stats, org, page, period);
    }

    /** Records the expectations of one wide-shape row (one organisation, a page per non-blank URL cell). */
    private static void wideRow(Expected expected, String file, String sheet, int row, WideColumns columns,
                                Org org, Period period) {
        FileStats stats = expected.file(file);
        List<Page> pages = new ArrayList<>();
        for (String platform : List.of("vk", "ok")) {
            org.pages.stream().filter(p -> p.platform.equals(platform) && p.in(period)).findFirst().ifPresent(pages::add);
        }
        if (pages.isEmpty() && org.exemption != null) {
            stats.exempt++;
            expected.exemptOrgs.put(org.inn, org);
            expected.submittedInns.add(org.inn);
            return;
        }
        for (Defect d : org.defects) {
            stats.findings.add(new Finding(file, sheet, row, letter(columns.fixed().get(d.col())), d.code(), d.note()));
        }
        for (Page page : pages) {
            stats.pageRows++;
            int[] c = columns.of(page.platform);
            for (Defect d : page.defects) {
                int column = switch (d.col()) {
                    case VERIFIED -> c[1];
                    case FOLLOWERS -> c[2];
                    default -> c[0];
                };
                stats.findings.add(new Finding(file, sheet, row, letter(column), d.code(), d.note()));
            }
            accept(expected, stats, org, page, period);
        }
    }

    private static void accept(Expected expected, FileStats stats, Org org, Page page, Period period) {
        if (org.hasError() || page.hasError()) {
            return;
        }
        stats.accepted++;
        expected.submittedInns.add(org.inn);
        if (!page.duplicate) {
            expected.registry.putIfAbsent(page.canonical, new Entry(page.canonical, page.platform, org,
                    page.verified(period), page.followers(period), false));
        }
    }

    /** SPEC 6.2: pages of organisations that submitted nothing in the period come from the previous one. */
    private static void carryOver(Expected previous, Expected current) {
        for (Entry entry : previous.registry.values()) {
            if (!current.submittedInns.contains(entry.org().inn)) {
                current.registry.putIfAbsent(entry.url(), new Entry(entry.url(), entry.platform(), entry.org(),
                        entry.verified(), entry.followers(), true));
            }
        }
    }

    private static String groups(long value, char separator) {
        String digits = Long.toString(value);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(separator);
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    // ---------------------------------------------------------------- writers

    private static void writeXlsx(Path path, List<SheetData> sheets) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            fill(workbook, sheets);
            workbook.getProperties().getCoreProperties().setCreated(Optional.of(Date.from(CREATED)));
            workbook.getProperties().getCoreProperties().setModified(Optional.of(Date.from(CREATED)));
            workbook.getProperties().getCoreProperties().setCreator("Иванова И.И.");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            Files.write(path, fixZipTimes(bytes.toByteArray()));
        }
    }

    private static void writeXls(Path path, List<SheetData> sheets) throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(path)) {
            fill(workbook, sheets);
            workbook.createInformationProperties();
            workbook.getSummaryInformation().getFirstSection().setCodepage(1251);
            workbook.getDocumentSummaryInformation().getFirstSection().setCodepage(1251);
            workbook.getSummaryInformation().setAuthor("Петрова А.В.");
            workbook.getSummaryInformation().setCreateDateTime(Date.from(CREATED));
            workbook.getSummaryInformation().setTitle("Официальные страницы учреждений культуры");
            workbook.write(out);
        }
    }

    /** Rewrites a zip with the same entries in the same order and a fixed time on each. */
    private static byte[] fixZipTimes(byte[] zip) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(ZIP_TIME);
                copy.setMethod(ZipEntry.DEFLATED);
                out.putNextEntry(copy);
                out.write(data);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static void fill(Workbook workbook, List<SheetData> sheets) {
        CreationHelper helper = workbook.getCreationHelper();
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle title = workbook.createCellStyle();
        title.setFont(bold);
        CellStyle header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        border(header);
        CellStyle text = workbook.createCellStyle();
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.TOP);
        border(text);
        CellStyle number = workbook.createCellStyle();
        number.cloneStyleFrom(text);
        number.setDataFormat(workbook.createDataFormat().getFormat("0"));
        CellStyle link = workbook.createCellStyle();
        link.cloneStyleFrom(text);
        Font blue = workbook.createFont();
        blue.setUnderline(Font.U_SINGLE);
        blue.setColor(org.apache.poi.ss.usermodel.IndexedColors.BLUE.getIndex());
        link.setFont(blue);
        FormulaEvaluator evaluator = helper.createFormulaEvaluator();

        for (SheetData data : sheets) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet(data.name);
            for (int c = 0; c < data.widths.length; c++) {
                sheet.setColumnWidth(c, data.widths[c] * 256);
            }
            boolean inTable = false;
            for (int r = 0; r < data.rows.size(); r++) {
                List<Object> cells = data.rows.get(r);
                int number1 = r + 1;
                boolean isHeader = data.headerRows.contains(number1);
                boolean isTitle = data.titleRows.contains(number1);
                inTable |= isHeader;
                if (cells.isEmpty()) {
                    continue;
                }
                Row row = sheet.createRow(r);
                boolean tableRow = inTable && !isHeader && !cells.stream().allMatch(c -> c == null) && cells.size() > 1;
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    if (value == null && !isHeader && !tableRow) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (isHeader) {
                        cell.setCellStyle(header);
                    } else if (isTitle) {
                        cell.setCellStyle(title);
                    } else if (tableRow) {
                        cell.setCellStyle(value instanceof Num ? number : value instanceof Link ? link : text);
                    }
                    if (value == null) {
                        continue;
                    }
                    if (value instanceof String s) {
                        cell.setCellValue(s);
                    } else if (value instanceof Num num) {
                        cell.setCellValue(num.value());
                    } else if (value instanceof Bool b) {
                        cell.setCellValue(b.value());
                    } else if (value instanceof Link l) {
                        cell.setCellValue(l.text());
                        Hyperlink hyperlink = helper.createHyperlink(HyperlinkType.URL);
                        hyperlink.setAddress(l.url());
                        cell.setHyperlink(hyperlink);
                    } else if (value instanceof Formula f) {
                        cell.setCellFormula(f.expression());
                        evaluator.evaluateFormulaCell(cell);
                    } else if (value instanceof Rich rich) {
                        if (workbook instanceof XSSFWorkbook) {
                            XSSFRichTextString rt = new XSSFRichTextString(rich.bold() + rich.plain());
                            rt.applyFont(0, rich.bold().length(), bold);
                            cell.setCellValue(rt);
                        } else {
                            cell.setCellValue(rich.bold() + rich.plain());
                        }
                    } else {
                        throw new IllegalArgumentException("cell value " + value);
                    }
                }
            }
            for (int[] m : data.merges) {
                sheet.addMergedRegion(new CellRangeAddress(m[0], m[1], m[2], m[3]));
            }
            if (!data.headerRows.isEmpty()) {
                int last = data.headerRows.stream().mapToInt(Integer::intValue).max().orElseThrow();
                sheet.createFreezePane(0, last);
            }
        }
        for (int i = 0; i < sheets.size(); i++) {
            if (sheets.get(i).hidden) {
                workbook.setSheetVisibility(i, SheetVisibility.HIDDEN);
            }
        }
        workbook.setActiveSheet(0);
    }

    private static void border(CellStyle style) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
    }

    /** RFC 4180 CSV, CRLF line ends; fields with the delimiter, quotes, «» or line breaks are quoted. */
    private static void writeCsv(Path path, SheetData data, Charset charset, char delimiter, boolean bom) throws IOException {
        StringBuilder csv = new StringBuilder();
        for (List<Object> row : data.rows) {
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) {
                    csv.append(delimiter);
                }
                Object value = row.get(c);
                String text = value == null ? "" : value.toString();
                boolean quote = text.indexOf(delimiter) >= 0 || text.indexOf('"') >= 0 || text.indexOf('«') >= 0
                        || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
                csv.append(quote ? '"' + text.replace("\"", "\"\"") + '"' : text);
            }
            csv.append("\r\n");
        }
        CharsetEncoder encoder = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer encoded;
        try {
            encoded = encoder.encode(CharBuffer.wrap(csv));
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(path + ": a character is not in " + charset, e);
        }
        try (OutputStream out = Files.newOutputStream(path)) {
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            out.write(encoded.array(), encoded.arrayOffset(), encoded.limit());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- the answer key, printed as Markdown

    private static void printKey(PrintStream out, Expected e, Expected previous) {
        out.println("## " + e.period.folder);
        out.println();
        out.println("### Expected `check input/" + e.period.folder + "` per file");
        out.println();
        out.println("| file | page rows | accepted | rejected | exempt | errors | warnings | info |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        int read = 0;
        int accepted = 0;
        int exempt = 0;
        long errors = 0;
        long warnings = 0;
        for (FileStats f : sorted(e.files)) {
            long crossWarnings = f.findings.stream().filter(x -> x.code() == Code.R_CONFLICT).count();
            out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d%s | %d |%n", f.file, f.pageRows, f.accepted,
                    f.pageRows - f.accepted, f.exempt, f.count(Severity.ERROR), f.count(Severity.WARNING) - crossWarnings,
                    crossWarnings > 0 ? " (+" + crossWarnings + " R-CONFLICT)" : "", f.count(Severity.INFO));
            read += f.pageRows;
            accepted += f.accepted;
            exempt += f.exempt;
            errors += f.count(Severity.ERROR);
            warnings += f.count(Severity.WARNING);
        }
        out.printf(Locale.ROOT, "| **total** | %d | %d | %d | %d | %d | %d | |%n", read, accepted, read - accepted, exempt, errors, warnings);
        out.println();
        out.println("### Expected problems");
        out.println();
        out.println("| file | sheet | row | col | code | severity | what |");
        out.println("|---|---|---:|---|---|---|---|");
        for (FileStats f : sorted(e.files)) {
            for (Finding x : f.findings) {
                out.printf("| %s | %s | %s | %s | %s | %s | %s |%n", x.file(), x.sheet(), x.row() == 0 ? "" : x.row(),
                        x.column(), x.code().label(), x.code().severity.name().toLowerCase(Locale.ROOT), x.note());
            }
        }
        out.println();
        out.println("### Must be read WITHOUT a problem");
        out.println();
        out.println("| file | sheet | row | col | what |");
        out.println("|---|---|---:|---|---|");
        for (Finding x : e.notes) {
            out.printf("| %s | %s | %s | %s | %s |%n", x.file(), x.sheet(), x.row() == 0 ? "" : x.row(), x.column(), x.note());
        }
        out.println();
        printFigures(out, e);
        if (previous != null) {
            printChanges(out, previous, e);
        }
    }

    private static List<FileStats> sorted(Map<String, FileStats> files) {
        return files.values().stream().sorted((a, b) -> a.file.compareTo(b.file)).toList();
    }

    private static void printFigures(PrintStream out, Expected e) {
        out.println("### Expected registry figures (after `run --period=" + e.period.folder + "`)");
        out.println();
        out.println("| municipality | orgs | compliant | pages | verified | % | VK pages | VK verified | OK pages | OK verified | carried |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        int[] total = new int[9];
        for (String mo : MUNICIPALITIES) {
            List<Entry> pages = e.registry.values().stream().filter(p -> p.org().municipality.equals(mo)).toList();
            Set<String> inns = new LinkedHashSet<>();
            pages.forEach(p -> inns.add(p.org().inn));
            e.exemptOrgs.values().stream().filter(o -> o.municipality.equals(mo)).forEach(o -> inns.add(o.inn));
            int compliant = 0;
            for (String inn : inns) {
                boolean vk = e.registry.values().stream().anyMatch(p -> p.org().inn.equals(inn) && p.platform().equals("vk"));
                boolean ok = e.registry.values().stream().anyMatch(p -> p.org().inn.equals(inn) && p.platform().equals("ok"));
                if (vk && ok || e.exemptOrgs.containsKey(inn)) {
                    compliant++;
                }
            }
            int[] row = {inns.size(), compliant, pages.size(), count(pages, null, true),
                    count(pages, "vk", false), count(pages, "vk", true), count(pages, "ok", false), count(pages, "ok", true),
                    (int) pages.stream().filter(Entry::carried).count()};
            for (int i = 0; i < row.length; i++) {
                total[i] += row[i];
            }
            out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d | %s | %d | %d | %d | %d | %d |%n", mo, row[0], row[1], row[2], row[3],
                    percent(row[3], row[2]), row[4], row[5], row[6], row[7], row[8]);
        }
        out.printf(Locale.ROOT, "| **total** | %d | %d | %d | %d | %s | %d | %d | %d | %d | %d |%n", total[0], total[1], total[2], total[3],
                percent(total[3], total[2]), total[4], total[5], total[6], total[7], total[8]);
        out.println();
    }

    private static int count(List<Entry> pages, String platform, boolean verifiedOnly) {
        return (int) pages.stream().filter(p -> platform == null || p.platform().equals(platform))
                .filter(p -> !verifiedOnly || p.verified()).count();
    }

    private static String percent(int part, int whole) {
        if (whole == 0) {
            return "";
        }
        return new java.math.BigDecimal(part * 100L).divide(java.math.BigDecimal.valueOf(whole), 1, java.math.RoundingMode.HALF_UP)
                .toPlainString();
    }

    private static void printChanges(PrintStream out, Expected previous, Expected current) {
        out.println("### Expected changes " + previous.period.folder + " → " + current.period.folder);
        out.println();
        out.println("| change | page | organisation |");
        out.println("|---|---|---|");
        for (Entry now : current.registry.values()) {
            Entry before = previous.registry.get(now.url());
            if (before == null) {
                out.printf("| added | %s | %s |%n", now.url(), now.org().name);
            } else if (!before.verified() && now.verified()) {
                out.printf("| newly verified | %s | %s |%n", now.url(), now.org().name);
            } else if (before.verified() && !now.verified()) {
                out.printf("| verification lost | %s | %s |%n", now.url(), now.org().name);
            }
        }
        for (Entry before : previous.registry.values()) {
            if (!current.registry.containsKey(before.url())) {
                out.printf("| removed | %s | %s |%n", before.url(), before.org().name);
            }
        }
        out.println();
        out.println("Carried over (organisation sent nothing for " + current.period.folder + "; last reported " + previous.period.folder + "):");
        out.println();
        for (Entry entry : current.registry.values()) {
            if (entry.carried()) {
                out.printf("- %s — %s%n", entry.url(), entry.org().name);
            }
        }
        out.println();
    }
}
