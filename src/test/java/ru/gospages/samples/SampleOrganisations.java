package ru.gospages.samples;

import java.util.ArrayList;
import java.util.List;

/**
 * The fictional-but-realistic organisations of the sample submissions ({@code input/2022-11},
 * {@code input/2022-12}), their pages, and the deliberate problems planted in them.
 *
 * <p>Every INN is computed here with the checksum of DOMAIN-NOTES 3.1 from a region-86 tax-office
 * prefix and a serial number {@code 99NNN} (NNN = the organisation's number), so no INN is copied
 * from a real organisation; OGRNs are computed the same way (DOMAIN-NOTES 3.2). Page addresses are
 * invented in the style of real pages. Nothing here depends on the clock or on randomness.
 */
final class SampleOrganisations {

    /** Which submission file (and sheet) an organisation is reported in. */
    enum Source {
        MUNICIPAL("01-municipal-long.xlsx"),
        SCHOOLS("02-education-wide.xlsx"),
        PRESCHOOL("02-education-wide.xlsx"),
        CULTURE("03-culture.xls"),
        HEALTH("04-health-cp1251.csv"),
        SPORT("05-sport-utf8.csv"),
        COURTS("06-courts.xlsx"),
        /** The federal «Госпаблики» monitoring export: OGRN, no INN, no municipality, VK only. */
        GOSPUBLIKI("07-gospubliki-export.xlsx");

        final String file;

        Source(String file) {
            this.file = file;
        }
    }

    /** The columns of a submission, whatever their header says in a given file. */
    enum Col { NO, ORG, INN, OGRN, TYPE, MO, PLATFORM, URL, VERIFIED, FOLLOWERS, EXEMPTION }

    enum Severity { ERROR, WARNING, INFO }

    /** The problem codes of SPEC 4.4 the samples plant, with their default severity. */
    enum Code {
        F_UNSUPPORTED_FORMAT(Severity.ERROR),
        F_NO_HEADER(Severity.WARNING),
        R_INN_MISSING(Severity.ERROR),
        R_INN_INVALID(Severity.ERROR),
        R_OGRN_INVALID(Severity.WARNING),
        R_MUNICIPALITY_UNKNOWN(Severity.ERROR),
        R_URL_INVALID(Severity.ERROR),
        R_URL_PERSONAL(Severity.ERROR),
        R_URL_INNER(Severity.WARNING),
        R_PLATFORM_UNSUPPORTED(Severity.ERROR),
        R_VERIFIED_INVALID(Severity.ERROR),
        R_VERIFIED_BLANK(Severity.WARNING),
        R_FOLLOWERS_INVALID(Severity.WARNING),
        R_ORGTYPE_UNKNOWN(Severity.WARNING),
        R_ORG_RESOLVED(Severity.INFO),
        R_ORG_UNKNOWN(Severity.WARNING),
        R_ORG_MISMATCH(Severity.WARNING),
        R_DUPLICATE(Severity.INFO),
        R_CONFLICT(Severity.WARNING);

        final Severity severity;

        Code(Severity severity) {
            this.severity = severity;
        }

        String label() {
            return name().replace('_', '-');
        }
    }

    /** A planted problem: its code, the column it is reported in, and a note for the answer key. */
    record Defect(Code code, Col col, String note) {
    }

    /** One page of an organisation as listed in the submissions. */
    static final class Page {
        /** vk, ok, or another word (facebook) for a host no platform of the profile has. */
        final String platform;
        /** What the agency writes in the URL cell. */
        final String written;
        /** The canonical URL the program must derive, or null when the page row is rejected for its URL. */
        final String canonical;
        final long followers;
        boolean verifiedNov = true;
        boolean verifiedDec = true;
        boolean inNov = true;
        boolean inDec = true;
        /** Written instead of the yes/no word (blank cell, «может быть»), in both periods. */
        String verifiedText;
        /** Written instead of the follower count, in both periods. */
        String followersText;
        /** Written instead of the organisation's INN on this page's row (long shape only). */
        String innText;
        /** A hyperlink cell: this text shown, the URL as the link target. */
        String linkText;
        /** This listing repeats a page listed earlier in the period (R-DUPLICATE). */
        boolean duplicate;
        final List<Defect> defects = new ArrayList<>();

        Page(String platform, String written, String canonical, long followers) {
            this.platform = platform;
            this.written = written;
            this.canonical = canonical;
            this.followers = followers;
        }

        Page unverified() {
            verifiedNov = false;
            verifiedDec = false;
            return this;
        }

        /** «нет» in 2022-11, «да» in 2022-12: newly verified. */
        Page verifiedInDecember() {
            verifiedNov = false;
            verifiedDec = true;
            return this;
        }

        /** «да» in 2022-11, «нет» in 2022-12: verification lost. */
        Page unverifiedInDecember() {
            verifiedNov = true;
            verifiedDec = false;
            return this;
        }

        /** Listed in 2022-11 only: the organisation drops it in 2022-12 (removed). */
        Page novemberOnly() {
            inDec = false;
            return this;
        }

        /** Listed in 2022-12 only (added). */
        Page decemberOnly() {
            inNov = false;
            return this;
        }

        Page verifiedText(String text, Defect defect) {
            verifiedText = text;
            defects.add(defect);
            return this;
        }

        Page followersText(String text, Defect defect) {
            followersText = text;
            defects.add(defect);
            return this;
        }

        Page innText(String text, Defect defect) {
            innText = text;
            defects.add(defect);
            return this;
        }

        Page link(String text) {
            linkText = text;
            return this;
        }

        Page problem(Code code, Col col, String note) {
            defects.add(new Defect(code, col, note));
            return this;
        }

        Page duplicate(boolean conflict, String note) {
            duplicate = true;
            defects.add(new Defect(Code.R_DUPLICATE, Col.URL, note));
            if (conflict) {
                defects.add(new Defect(Code.R_CONFLICT, Col.URL, note));
            }
            return this;
        }

        boolean in(Period period) {
            return period == Period.NOV ? inNov : inDec;
        }

        boolean verified(Period period) {
            return period == Period.NOV ? verifiedNov : verifiedDec;
        }

        long followers(Period period) {
            return period == Period.NOV ? followers : followers + followers / 60 + followers % 7;
        }

        boolean hasError() {
            return defects.stream().anyMatch(d -> d.code().severity == Severity.ERROR);
        }
    }

    /** The two sample periods. */
    enum Period {
        NOV("2022-11", "30.11.2022"),
        DEC("2022-12", "31.12.2022");

        final String folder;
        final String asOf;

        Period(String folder, String asOf) {
            this.folder = folder;
            this.asOf = asOf;
        }
    }

    /** One organisation, identified by its INN. */
    static final class Org {
        final int no;
        final Source source;
        final String name;
        final String inn;
        final String ogrn;
        /** The canonical organisation type of the profile; null means «Иное». */
        final String type;
        /** What the agency writes in the type column. */
        String typeWritten;
        /** The reference name of jobs/reference/municipalities.csv. */
        final String municipality;
        /** What the agency writes in the municipality column. */
        final String municipalityWritten;
        boolean submitsDec = true;
        /** Written instead of the INN on every row of the organisation. */
        String innText;
        /** Written instead of the OGRN on every row of the organisation. */
        String ogrnText;
        String exemption;
        /** In the organisation directory (jobs/reference/organizations.csv), with its OGRN there, obliged to keep pages. */
        boolean inDirectory = true;
        boolean ogrnInDirectory = true;
        boolean obligated = true;
        final List<Page> pages = new ArrayList<>();
        final List<Defect> defects = new ArrayList<>();

        Org(int no, Source source, String name, String taxOffice, String year, String type,
            String municipality, String municipalityWritten) {
            this.no = no;
            this.source = source;
            this.name = name;
            String serial = String.format("99%03d", no);
            this.inn = inn(taxOffice + serial);
            this.ogrn = ogrn("1" + year + "86" + taxOffice.substring(2) + serial);
            this.type = type;
            this.typeWritten = type;
            this.municipality = municipality;
            this.municipalityWritten = municipalityWritten;
        }

        /** The same organisation listed once more in another file (a repeated listing). */
        Org(Org original, Source source) {
            this.no = original.no;
            this.source = source;
            this.name = original.name;
            this.inn = original.inn;
            this.ogrn = original.ogrn;
            this.type = original.type;
            this.typeWritten = original.typeWritten;
            this.municipality = original.municipality;
            this.municipalityWritten = original.municipalityWritten;
        }

        Org vk(String url, long followers) {
            return add(new Page("vk", url, url, followers));
        }

        Org ok(String url, long followers) {
            return add(new Page("ok", url, url, followers));
        }

        Org add(Page page) {
            pages.add(page);
            return this;
        }

        /** The last page added, to qualify it. */
        Page last() {
            return pages.get(pages.size() - 1);
        }

        Org typeWritten(String text) {
            typeWritten = text;
            return this;
        }

        Org noSubmissionInDecember() {
            submitsDec = false;
            return this;
        }

        Org problem(Code code, Col col, String note) {
            defects.add(new Defect(code, col, note));
            return this;
        }

        Org exemption(String ground) {
            exemption = ground;
            return this;
        }

        String innWritten() {
            return innText != null ? innText : inn;
        }

        String ogrnWritten() {
            return ogrnText != null ? ogrnText : ogrn;
        }

        boolean submits(Period period) {
            return period == Period.NOV || submitsDec;
        }

        boolean hasError() {
            return defects.stream().anyMatch(d -> d.code().severity == Severity.ERROR);
        }

        Page page(String platform) {
            return pages.stream().filter(p -> p.platform.equals(platform)).findFirst().orElse(null);
        }
    }

    static final String GOV = "Государственный орган";
    static final String LSG = "Орган местного самоуправления";
    static final String SUB = "Подведомственная организация";
    static final String COURT = "Суд";

    static final String REGION = "Ханты-Мансийский автономный округ – Югра";

    private SampleOrganisations() {
    }

    /** INN of a legal entity: the check digit of DOMAIN-NOTES 3.1 appended to nine digits. */
    static String inn(String nineDigits) {
        if (!nineDigits.matches("[0-9]{9}")) {
            throw new IllegalArgumentException("9 digits expected: " + nineDigits);
        }
        int[] weights = {2, 4, 10, 3, 5, 9, 4, 6, 8};
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += weights[i] * (nineDigits.charAt(i) - '0');
        }
        return nineDigits + (sum % 11 % 10);
    }

    /** OGRN: the check digit of DOMAIN-NOTES 3.2 (first 12 digits mod 11 mod 10) appended. */
    static String ogrn(String twelveDigits) {
        if (!twelveDigits.matches("[15][0-9]{11}")) {
            throw new IllegalArgumentException("12 digits starting with 1 or 5 expected: " + twelveDigits);
        }
        return twelveDigits + (Long.parseLong(twelveDigits) % 11 % 10);
    }

    /** The same number with its last digit changed, so that its checksum fails. */
    static String broken(String number) {
        int last = number.charAt(number.length() - 1) - '0';
        return number.substring(0, number.length() - 1) + (last + 1) % 10;
    }

    /** Every organisation, in the order of the submission files and their rows. */
    static List<Org> all() {
        List<Org> all = new ArrayList<>();
        municipal(all);
        schools(all);
        preschool(all);
        culture(all);
        health(all);
        sport(all);
        courts(all);
        gospubliki(all);
        return all;
    }

    /** Organisations only the directory knows: three that must keep pages and never report, one that need not. */
    static List<Org> directoryOnly() {
        List<Org> only = new ArrayList<>();
        only.add(new Org(71, null, "БУ «Мегионская городская больница»", "8605", "05", SUB, "город Мегион", ""));
        only.add(new Org(72, null, "МБУК «Библиотечно-информационная система» г. Радужный", "8609", "05", SUB, "город Радужный", ""));
        only.add(new Org(73, null, "МКУ «Управление капитального строительства» Белоярского района", "8611", "05", SUB,
                "Белоярский район", ""));
        Org company = new Org(74, null, "АО «Югорская региональная электросетевая компания»", "8601", "05", null, REGION, "");
        company.obligated = false;
        only.add(company);
        return only;
    }

    /** The federal «Госпаблики» export (07): subordinate organisations by OGRN, their VK pages or an exemption ground. */
    private static void gospubliki(List<Org> all) {
        Source s = Source.GOSPUBLIKI;
        String resolved = "ИНН и муниципальное образование взяты из справочника организаций по ОГРН "
                + "(без справочника — R-INN-MISSING и R-MUNICIPALITY-MISSING, строка отклоняется)";
        all.add(new Org(67, s, "МАУ ДО «Детская школа искусств» г. Нягань", "8610", "05", SUB, "город Нягань", "")
                .vk("https://vk.com/dshi_nyagan", 3_400).problem(Code.R_ORG_RESOLVED, Col.OGRN, resolved));
        Org culture = new Org(68, s, "МБУ «Центр культуры и досуга» Берёзовского района", "8613", "05", SUB, "Берёзовский район", "")
                .vk("https://vk.com/ckd_berezovo", 1_250).problem(Code.R_ORG_RESOLVED, Col.OGRN, resolved);
        culture.last().verifiedInDecember();
        all.add(culture);
        all.add(new Org(69, s, "МАОУ «Гимназия № 1» г. Радужный", "8609", "05", SUB, "город Радужный", "")
                .vk("https://vk.com/gimn1_raduga", 2_050).problem(Code.R_ORG_RESOLVED, Col.OGRN, resolved).noSubmissionInDecember());
        all.add(new Org(70, s, "МКУ «Централизованная бухгалтерия» Кондинского района", "8616", "05", SUB, "Кондинский район", "")
                .exemption("Приказ учредителя № 15 от 01.11.2022: учреждение не ведёт работу с населением")
                .problem(Code.R_ORG_RESOLVED, Col.OGRN, resolved));
    }

    /** {@code jobs/reference/organizations.csv}: every organisation the directory knows, one line each, by INN. */
    static List<String> directoryLines() {
        java.util.Map<String, Org> byInn = new java.util.LinkedHashMap<>();
        all().stream().filter(o -> o.inDirectory).forEach(o -> byInn.putIfAbsent(o.inn, o));
        directoryOnly().forEach(o -> byInn.putIfAbsent(o.inn, o));
        List<String> lines = new ArrayList<>();
        lines.add("inn,ogrn,name,oktmo,org_type,obligated");
        for (Org org : byInn.values()) {
            lines.add(String.join(",", org.inn, org.ogrnInDirectory ? org.ogrn : "", csv(org.name), oktmo(org.municipality),
                    org.type == null ? "" : org.type, org.obligated ? "да" : "нет"));
        }
        return lines;
    }

    private static String csv(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    /** The OKTMO of a reference name (jobs/reference/municipalities.csv). */
    private static String oktmo(String municipality) {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("jobs/reference/municipalities.csv"))) {
                String[] cells = line.split(",");
                if (cells.length > 1 && cells[1].equals(municipality)) {
                    return cells[0];
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new IllegalArgumentException("no municipality " + municipality);
    }

    private static void municipal(List<Org> all) {
        Source s = Source.MUNICIPAL;
        all.add(new Org(1, s, "Администрация города Сургута", "8602", "02", LSG, "город Сургут", "город Сургут")
                .vk("https://vk.com/admsurgut", 98_400).ok("https://ok.ru/admsurgut", 12_350)
                .vk("https://vk.com/club21234567", 8_900));
        all.add(new Org(2, s, "Администрация Сургутского района", "8617", "02", LSG, "Сургутский район", "Сургутский район")
                .vk("https://vk.com/admsurgutrn", 21_300).ok("https://ok.ru/group/54163463815168", 4_210)
                .vk("https://vk.com/press_surgutrn", 3_150));
        Org hm = new Org(3, s, "Администрация города Ханты-Мансийска", "8601", "02", LSG, "город Ханты-Мансийск", "г. Ханты-Мансийск")
                .vk("https://vk.com/admhmansy", 45_600);
        hm.last().link("Страница ВК");
        all.add(hm.ok("https://ok.ru/admhmansy", 6_800).vk("https://vk.com/hmansy_press", 5_400));
        all.add(new Org(4, s, "Администрация Ханты-Мансийского района", "8618", "02", LSG, "Ханты-Мансийский район", "Ханты-Мансийский район")
                .vk("https://vk.com/hmrn_official", 9_800).ok("https://ok.ru/group/56012345678901", 1_900)
                .typeWritten("ОМСУ"));
        all.add(new Org(5, s, "Администрация города Нефтеюганска", "8604", "02", LSG, "город Нефтеюганск", "г. Нефтеюганск")
                .vk("https://vk.com/adm_ugansk", 38_200).ok("https://ok.ru/admugansk", 5_100)
                .vk("https://vk.com/ugansk_press", 4_050));
        all.add(new Org(6, s, "Администрация Нефтеюганского района", "8619", "02", LSG, "Нефтеюганский район", "Нефтеюганский муниципальный район")
                .vk("https://vk.com/admoil", 12_700).ok("https://ok.ru/group/53987654321098", 2_300)
                .vk("https://vk.com/press_admoil", 1_940));
        all.add(new Org(7, s, "Администрация города Нижневартовска", "8603", "02", LSG, "город Нижневартовск", "город Нижневартовск")
                .vk("https://vk.com/nvartovsk_adm", 61_000).ok("https://ok.ru/nvartovskadm", 9_400)
                .vk("https://vk.com/club198765432", 4_300));
        all.add(new Org(8, s, "Администрация Нижневартовского района", "8620", "02", LSG, "Нижневартовский район", "Нижневартовский р-н")
                .vk("https://vk.com/nvraion", 8_600).ok("https://ok.ru/group/57001234567890", 1_450)
                .vk("https://vk.com/club194567801", 1_120));
        Org kogalym = new Org(9, s, "Администрация города Когалыма", "8608", "02", LSG, "город Когалым", "г. Когалым")
                .vk("https://vk.com/admkogalym", 27_500).ok("https://ok.ru/admkogalym", 3_900)
                .vk("https://vk.com/kogalym_molodezh", 2_750);
        kogalym.last().novemberOnly();
        all.add(kogalym);
        Org megion = new Org(10, s, "Администрация города Мегиона", "8605", "02", LSG, "город Мегион", "г. Мегион")
                .vk("https://vk.com/admmegion", 18_900).ok("https://ok.ru/group/55512345678912", 2_600);
        megion.last().innText(broken(megion.inn), new Defect(Code.R_INN_INVALID, Col.INN,
                "опечатка в последней цифре ИНН " + megion.inn + " в строке страницы ОК"));
        all.add(megion);
        Org pyt = new Org(11, s, "Администрация города Пыть-Яха", "8612", "02", LSG, "город Пыть-Ях", "г. Пыть-Ях")
                .vk("https://vk.com/adm_pyt_yakh", 14_300).ok("https://ok.ru/admpytyah", 2_200);
        pyt.last().unverified().followersText("много", new Defect(Code.R_FOLLOWERS_INVALID, Col.FOLLOWERS,
                "«много» вместо числа подписчиков; строка принимается без числа"));
        all.add(pyt);
        Org konda = new Org(12, s, "Администрация Кондинского района", "8616", "02", LSG, "Кондинский район", "Кондинский район")
                .vk("https://vk.com/admkonda", 7_900).ok("https://ok.ru/group/70000012345678", 1_200);
        konda.last().decemberOnly();
        all.add(konda);
        Org berezovo = new Org(13, s, "Администрация Берёзовского района", "8613", "02", LSG, "Берёзовский район", "Березовский район")
                .vk("https://vk.com/adm_berezovo", 6_400).ok("https://ok.ru/admberezovo", 1_700);
        berezovo.last().unverified();
        all.add(berezovo);
        all.add(new Org(14, s, "Администрация города Югорска", "8622", "02", LSG, "город Югорск", "город Югорск")
                .vk("https://vk.com/adm_ugorsk", 16_800).ok("https://ok.ru/group/52345678901234", 2_100)
                .vk("https://vk.com/ugorsk_press", 2_900));
        all.add(new Org(15, s, "Дума города Сургута", "8602", "03", null, "город Сургут", "город Сургут")
                .vk("https://vk.com/dumasurgut", 3_200).ok("https://ok.ru/dumasurgut", 540)
                .typeWritten("Представительный орган")
                .problem(Code.R_ORGTYPE_UNKNOWN, Col.TYPE, "тип «Представительный орган» не из списка; сохраняется как «Иное»"));
        all.add(new Org(16, s, "Администрация города Урай", "8606", "02", LSG, "город Урай", "г. Урай")
                .vk("https://vk.com/uray_adm", 11_400).ok("https://ok.ru/urayadm", 1_900)
                .vk("https://vk.com/uray_press", 2_030));
        all.add(new Org(17, s, "Администрация города Лангепаса", "8607", "02", LSG, "город Лангепас", "г. Лангепас")
                .vk("https://vk.com/admlangepas", 10_300).ok("https://ok.ru/group/52456789012345", 1_600)
                .vk("https://vk.com/langepas_molodezh", 1_560));
        all.add(new Org(18, s, "Администрация города Радужный", "8609", "02", LSG, "город Радужный", "г. Радужный")
                .vk("https://vk.com/admraduga", 7_700).ok("https://ok.ru/admraduzhny", 1_050));
        all.add(new Org(19, s, "Администрация города Нягани", "8610", "02", LSG, "город Нягань", "г. Нягань")
                .vk("https://vk.com/admnyagan", 15_900).ok("https://ok.ru/admnyagan", 2_400)
                .vk("https://vk.com/nyagan_press", 1_850));
        all.add(new Org(20, s, "Администрация города Покачи", "8621", "02", LSG, "город Покачи", "г. Покачи")
                .vk("https://vk.com/admpokachi", 4_100).ok("https://ok.ru/group/52567890123456", 690));
        all.add(new Org(21, s, "Администрация Октябрьского района", "8614", "02", LSG, "Октябрьский район", "Октябрьский район")
                .vk("https://vk.com/oktregion", 6_900).ok("https://ok.ru/oktregion", 1_250)
                .vk("https://vk.com/oktregion_press", 980));
    }

    private static void schools(List<Org> all) {
        Source s = Source.SCHOOLS;
        all.add(new Org(22, s, "Департамент образования и науки Ханты-Мансийского автономного округа – Югры", "8601", "05", GOV,
                REGION, "Ханты-Мансийский автономный округ – Югра")
                .vk("https://vk.com/depobr_ugra", 24_600).ok("https://ok.ru/depobrugra", 3_100));
        all.add(new Org(23, s, "Департамент образования Администрации города Сургута", "8602", "02", LSG, "город Сургут", "г. Сургут")
                .vk("https://vk.com/surgut_edu", 15_400).ok("https://ok.ru/surgutedu", 1_800));
        Org school1 = new Org(24, s, "МБОУ СОШ № 1 г. Нефтеюганска", "8604", "02", SUB, "город Нефтеюганск", "г. Нефтеюганск")
                .vk("https://vk.com/school1_ugansk", 1_250).ok("https://ok.ru/group/61234567890123", 310);
        school1.innText = school1.inn + "\u00A0"; // a no-break space after the INN, as copied from a web form
        all.add(school1);
        all.add(new Org(25, s, "МБОУ «СОШ № 3» г. Сургута", "8602", "03", SUB, "город Сургут", "г. Сургут")
                .vk("https://vk.com/public201234567", 1_870));
        Org nv5 = new Org(26, s, "МБОУ «Средняя школа № 5» г. Нижневартовска", "8603", "03", SUB, "город Нижневартовск", "г. Нижневартовск");
        nv5.add(new Page("vk", "https://vk.com/id12345", null, 410)
                .problem(Code.R_URL_PERSONAL, Col.URL, "личная страница директора вместо сообщества; отклоняется только страница ВК"));
        nv5.ok("https://ok.ru/group/62345678901234", 420);
        all.add(nv5);
        Org kog2 = new Org(27, s, "МАОУ «СОШ № 2» г. Когалыма", "8608", "03", SUB, "город Когалым", "г. Когалым")
                .vk("https://vk.com/kogschool2", 1_640).ok("https://ok.ru/group/63456789012345", 280);
        kog2.last().unverified().verifiedText("", new Defect(Code.R_VERIFIED_BLANK, Col.VERIFIED,
                "пустая «Госметка ОК»; считается, что госметки нет"));
        all.add(kog2);
        Org lyantor = new Org(28, s, "МБОУ «Лянторская СОШ № 4»", "8617", "03", SUB, "Сургутский район", "Сургутский район")
                .vk("https://vk.com/lyantor_school4", 980).ok("https://ok.ru/lyantorschool4", 190);
        lyantor.last().unverified();
        all.add(lyantor);
        Org meg4 = new Org(29, s, "МБОУ «СОШ № 4» г. Мегиона", "8605", "03", SUB, "город Мегион", "город Мегион")
                .vk("https://vk.com/megion_school4", 1_120);
        meg4.last().verifiedInDecember();
        all.add(meg4);
        Org pokachi = new Org(30, s, "МБОУ «Покачевская СОШ № 2»", "8621", "03", SUB, "город Покачи", "г. Покачи")
                .vk("https://vk.com/pokachi_school2", 760).ok("https://ok.ru/group/64567890123456", 150)
                .problem(Code.R_INN_MISSING, Col.INN, "ИНН не заполнен; отклоняются обе страницы строки");
        pokachi.innText = "";
        // the directory has no OGRN for it, so its OGRN cannot stand in for the missing INN
        pokachi.ogrnInDirectory = false;
        all.add(pokachi);
        all.add(new Org(31, s, "МБОУ «СОШ № 8» г. Ханты-Мансийска", "8601", "03", SUB, "город Ханты-Мансийск", "г. Ханты-Мансийск")
                .vk("https://vk.com/hmschool8", 1_430).ok("https://ok.ru/hmschool8", 220));
    }

    private static void preschool(List<Org> all) {
        Source s = Source.PRESCHOOL;
        Org dou7 = new Org(32, s, "МАДОУ «Детский сад № 7 «Буратино»» г. Нягани", "8610", "05", SUB, "город Нягань", "город Нягань")
                .vk("https://vk.com/dou7_nyagan", 890).ok("https://ok.ru/group/65678901234567", 140);
        dou7.last().unverified();
        all.add(dou7.typeWritten("Подведомственное учреждение"));
        all.add(new Org(33, s, "МБДОУ «Детский сад № 12 «Радуга»» г. Радужный", "8609", "05", SUB, "город Радужный", "г. Радужный")
                .vk("https://vk.com/club187654321", 610).typeWritten("Подведомственное учреждение"));
        Org ddt = new Org(34, s, "МАУ ДО «Дом детского творчества» г. Урай", "8606", "05", SUB, "город Урай", "г. Урай")
                .vk("https://vk.com/ddt_uray", 1_050).ok("https://ok.ru/ddturay", 260);
        ddt.last().unverified();
        all.add(ddt.typeWritten("МАУ"));
        all.add(new Org(35, s, "МБУ ДО «Центр детского творчества» Ханты-Мансийского района", "8618", "05", SUB,
                "Ханты-Мансийский район", "Ханты-Мансийский р-н")
                .vk("https://vk.com/cdt_hmrn", 720).ok("https://ok.ru/group/66789012345678", 180)
                .typeWritten("Подведомственное учреждение"));
        all.add(new Org(36, s, "МКДОУ «Детский сад «Солнышко» п. Ушья»", "8616", "05", SUB, "Кондинский район", "Кондинский район")
                .typeWritten("Подведомственное учреждение")
                .exemption("Учреждение в стадии ликвидации (постановление администрации Кондинского района от 14.11.2022 № 2451)"));
    }

    private static void culture(List<Org> all) {
        Source s = Source.CULTURE;
        all.add(new Org(37, s, "Департамент культуры Ханты-Мансийского автономного округа – Югры", "8601", "05", GOV, REGION, "ХМАО – Югра")
                .vk("https://vk.com/depcultugra", 19_800).ok("https://ok.ru/depcultugra", 2_900)
                .vk("https://vk.com/kultura_ugra_afisha", 6_750));
        all.add(new Org(38, s, "МАУК «Городской культурный центр» г. Когалым", "8608", "05", SUB, "город Когалым", "г. Когалым")
                .vk("https://vk.com/gkc_kogalym", 6_300).ok("https://ok.ru/gkckogalym", 1_100)
                .vk("https://vk.com/dk_yantar_kogalym", 2_450).typeWritten("Подведомственное учреждение"));
        Org phil = new Org(39, s, "МАУ «Сургутская филармония»", "8602", "05", SUB, "город Сургут", "г.Сургут")
                .vk("https://vk.com/surgutfilarmonia", 11_200).ok("https://ok.ru/surgutphil", 2_050);
        phil.last().unverifiedInDecember();
        all.add(phil.typeWritten("Подведомственное учреждение"));
        Org cbs = new Org(40, s, "МБУК «Сургутская районная централизованная библиотечная система»", "8617", "05", SUB,
                "Сургутский район", "Сургутский р-н")
                .vk("https://vk.com/srcbs", 3_400).ok("https://ok.ru/group/67890123456789", 870);
        cbs.last().unverified();
        cbs.vk("https://vk.com/lyantor_library", 1_150).vk("https://vk.com/club176543210", 640)
                .vk("https://vk.com/fedorovsky_library", 720).vk("https://vk.com/belyyar_library", 530);
        all.add(cbs.typeWritten("Подведомственное учреждение"));
        all.add(new Org(41, s, "МБУ «Культурно-досуговый центр «Россия»» г. Пыть-Ях", "8612", "05", SUB, "город Пыть-Ях", "Пыть–Ях")
                .vk("https://vk.com/kdc_rossiya", 4_150).ok("https://ok.ru/kdcrossiya", 930)
                .vk("https://vk.com/kino_rossiya_pyt", 1_780).typeWritten("Подведомственное учреждение"));
        all.add(new Org(42, s, "БУ «Государственный художественный музей»", "8601", "05", SUB, REGION, "ХМАО – Югра")
                .vk("https://vk.com/ugramuseum", 7_600).ok("https://ok.ru/group/68901234567890", 1_240)
                .typeWritten("Подведомственное учреждение"));
        Org ugorskLib = new Org(43, s, "МБУ «Югорская централизованная библиотечная система»", "8622", "05", SUB, "город Югорск", "Югорск")
                .vk("https://vk.com/ugorsk_library", 2_300).ok("https://ok.ru/ugorsklib", 480);
        ugorskLib.last().verifiedText("может быть", new Defect(Code.R_VERIFIED_INVALID, Col.VERIFIED,
                "«может быть» — не да/нет; страница ОК отклоняется"));
        ugorskLib.vk("https://vk.com/ugorsk_detlib", 690);
        all.add(ugorskLib.typeWritten("Подведомственное учреждение"));
        Org presence = new Org(44, s, "МАУ «Центр культуры «Югра-презент»» г. Нефтеюганск", "8604", "05", SUB, "город Нефтеюганск", "Нефтеюганск")
                .vk("https://vk.com/yugraprezent", 5_200).ok("https://ok.ru/yugraprezent", 1_010);
        presence.add(new Page("facebook", "https://www.facebook.com/yugraprezent", null, 350)
                .problem(Code.R_PLATFORM_UNSUPPORTED, Col.URL, "facebook.com — не площадка профиля; столбец «Соцсеть» пуст"));
        all.add(presence.typeWritten("Подведомственное учреждение"));
        all.add(new Org(45, s, "МБУК «Лангепасский городской дом культуры «Нефтяник»»", "8607", "05", SUB, "город Лангепас", "г. Лангепас")
                .vk("https://vk.com/neftyanik_langepas", 3_900).ok("https://ok.ru/group/69012345678901", 760)
                .typeWritten("Подведомственное учреждение").noSubmissionInDecember());
    }

    private static void health(List<Org> all) {
        Source s = Source.HEALTH;
        all.add(new Org(46, s, "Департамент здравоохранения Ханты-Мансийского автономного округа – Югры", "8601", "05", GOV, REGION,
                "Ханты-Мансийский автономный округ – Югра")
                .vk("https://vk.com/depzdrav_ugra", 31_500).ok("https://ok.ru/depzdravugra", 4_400)
                .vk("https://vk.com/zdorovaya_ugra", 8_200));
        all.add(new Org(47, s, "БУ «Сургутская окружная клиническая больница»", "8602", "12", SUB, "город Сургут", "город Сургут")
                .vk("https://vk.com/surgut_okb", 12_600).ok("https://ok.ru/surgutokb", 2_300)
                .vk("https://vk.com/perinatal_surgut", 4_800).vk("https://vk.com/club203456789", 1_350)
                .typeWritten("Бюджетное учреждение"));
        all.add(new Org(48, s, "БУ «Нижневартовская окружная клиническая больница»", "8603", "12", SUB, "город Нижневартовск", "город Нижневартовск")
                .vk("https://vk.com/nokb_nv", 8_900).ok("https://ok.ru/group/57123456789012", 1_560)
                .vk("https://vk.com/nokb_polyclinic", 2_100).vk("https://vk.com/club208765432", 1_480).typeWritten("Бюджетное учреждение"));
        all.add(new Org(49, s, "БУ «Няганская окружная больница»", "8610", "12", SUB, "город Нягань", "город Нягань")
                .vk("https://vk.com/nyagan_ob", 6_100).ok("https://ok.ru/nyaganob", 1_300)
                .vk("https://vk.com/club205678901", 920).typeWritten("Бюджетное учреждение").noSubmissionInDecember());
        all.add(new Org(50, s, "БУ «Когалымская городская больница»", "8608", "12", SUB, "город Когалым", "город Когалым")
                .vk("https://vk.com/kogalym_gb", 5_400).ok("https://ok.ru/kogalymgb", 870)
                .vk("https://vk.com/kogalym_detpol", 1_320).typeWritten("Бюджетное учреждение"));
        Org bel = new Org(51, s, "БУ «Белоярская районная больница»", "8611", "12", SUB, "Белоярский район", "Белоярский район")
                .vk("https://vk.com/belrb", 3_300).ok("https://ok.ru/belrb", 640);
        bel.last().verifiedInDecember();
        all.add(bel.typeWritten("Бюджетное учреждение"));
        Org sov = new Org(52, s, "БУ «Советская районная больница»", "8615", "12", SUB, "Советский район", "Советский район")
                .vk("https://vk.com/sovrb", 2_800).ok("https://ok.ru/sovrb", 510);
        sov.last().unverified();
        sov.add(new Page("vk", "https://vk.com/", null, 0).unverified()
                .problem(Code.R_URL_INVALID, Col.URL, "адрес сайта vk.com без страницы"));
        all.add(sov.typeWritten("Бюджетное учреждение"));
    }

    private static void sport(List<Org> all) {
        Source s = Source.SPORT;
        all.add(new Org(53, s, "Департамент физической культуры и спорта Ханты-Мансийского автономного округа – Югры", "8601", "05", GOV,
                REGION, "Югра")
                .vk("https://vk.com/depsportugra", 14_200).ok("https://ok.ru/depsportugra", 2_050)
                .vk("https://vk.com/sport_ugra_news", 3_640));
        Org surgutSport = new Org(54, s, "Управление физической культуры и спорта Администрации города Сургута", "8602", "03", LSG,
                "город Сургут", "Сургут")
                .vk("https://vk.com/sportsurgut", 9_600).ok("https://ok.ru/sportsurgut", 1_200);
        surgutSport.add(new Page("vk", "https://vk.com/admsurgut", null, 98_400)
                .duplicate(true, "страница Администрации города Сургута (01-municipal-long.xlsx) указана с ИНН управления"));
        all.add(surgutSport);
        all.add(new Org(55, s, "МАУ «Спортивная школа олимпийского резерва», г. Югорск", "8622", "05", SUB, "город Югорск", "Югорск")
                .vk("https://vk.com/sshor_ugorsk", 2_700).ok("https://ok.ru/sshorugorsk", 410).noSubmissionInDecember());
        all.add(new Org(56, s, "МБУ \"Спортивная школа \"Дельфин\", г. Нефтеюганск", "8604", "05", SUB, "город Нефтеюганск", "Нефтеюганск")
                .vk("https://vk.com/delfin_ugansk", 1_900).ok("https://ok.ru/delfinugansk", 330).typeWritten("МБУ"));
        all.add(new Org(57, s, "АУ «Югорский колледж-интернат олимпийского резерва»", "8601", "05", SUB, "город Ханты-Мансийск", "Ханты-Мансийск")
                .vk("https://vk.com/ukior", 5_800).ok("https://ok.ru/group/58234567890123", 720));
        Org geolog = new Org(58, s, "МБУ «Спортивно-оздоровительный комплекс «Геолог», Октябрьский район»", "8614", "05", SUB,
                "Октябрьский район", "Октябрьский район")
                .vk("https://vk.com/sok_geolog", 1_450).ok("https://ok.ru/sokgeolog", 260);
        geolog.last().unverified();
        geolog.inDirectory = false;
        all.add(geolog.problem(Code.R_ORG_UNKNOWN, Col.INN, "новой организации ещё нет в справочнике организаций; строка принимается"));
        all.add(new Org(59, s, "МАУ «Спортивная школа «Факел»", "8602", "05", SUB, "город Сургут", "Тюмень")
                .vk("https://vk.com/fakel_sport", 1_100)
                .problem(Code.R_ORG_MISMATCH, Col.MO, "«Тюмень» расходится со справочником организаций: принимается город Сургут "
                        + "(без справочника — R-MUNICIPALITY-UNKNOWN, строка отклоняется)"));
    }

    private static void courts(List<Org> all) {
        Source s = Source.COURTS;
        all.add(new Org(60, s, "Сургутский городской суд", "8602", "02", COURT, "город Сургут", "город Сургут")
                .add(new Page("vk", "vk.com/club210987654", "https://vk.com/club210987654", 2_100))
                .ok("https://ok.ru/group/59345678901234", 380));
        all.add(new Org(61, s, "Ханты-Мансийский районный суд", "8601", "02", COURT, "Ханты-Мансийский район", "Ханты-Мансийский район")
                .add(new Page("vk", "https://m.vk.com/hmrsud", "https://vk.com/hmrsud", 950)));
        Org nvCourt = new Org(62, s, "Нижневартовский городской суд", "8603", "02", COURT, "город Нижневартовск", "город Нижневартовск")
                .vk("https://vk.com/nvgorsud", 1_300).ok("https://ok.ru/nvgorsud", 240)
                .problem(Code.R_OGRN_INVALID, Col.OGRN, "ОГРН с неверной контрольной цифрой; значение отбрасывается, строка принимается");
        nvCourt.ogrnText = broken(nvCourt.ogrn);
        all.add(nvCourt);
        all.add(new Org(63, s, "Суд Ханты-Мансийского автономного округа – Югры", "8601", "02", COURT, REGION, "ХМАО-Югра")
                .vk("https://vk.com/oblsud_ugra", 4_700)
                .add(new Page("ok", "https://ok.ru/group/59456789012345/topic/153456789012345", "https://ok.ru/group/59456789012345", 610)
                        .problem(Code.R_URL_INNER, Col.URL, "ссылка на обсуждение внутри группы; принимается группа")));
        all.add(new Org(64, s, "Дума Ханты-Мансийского автономного округа – Югры", "8601", "02", GOV, REGION, REGION)
                .add(new Page("vk", "vk.ru/public57123456", "https://vk.com/club57123456", 8_300))
                .add(new Page("ok", "odnoklassniki.ru/group/59567890123456", "https://ok.ru/group/59567890123456", 1_150)));
        Org education = all.stream().filter(o -> o.no == 22).findFirst().orElseThrow();
        all.add(new Org(education, s).typeWritten("ОИВ")
                .add(new Page("vk", "https://vk.com/depobr_ugra", null, 24_600)
                        .duplicate(false, "страница департамента уже указана в 02-education-wide.xlsx (тот же ИНН и МО)")));
        Org obrnadzor = new Org(65, s, "Служба по контролю и надзору в сфере образования Ханты-Мансийского автономного округа – Югры",
                "8601", "05", GOV, REGION, "Региональный уровень")
                .vk("https://vk.com/obrnadzor86", 2_600).ok("https://ok.ru/obrnadzor86", 310).typeWritten("ОИВ");
        obrnadzor.last().unverified();
        all.add(obrnadzor);
        all.add(new Org(66, s, "Департамент общественных, внешних связей и молодёжной политики Ханты-Мансийского автономного округа – Югры",
                "8601", "05", GOV, REGION, REGION)
                .add(new Page("vk", "https://vk.com/wall-61234567_45", "https://vk.com/club61234567", 6_900)
                        .problem(Code.R_URL_INNER, Col.URL, "ссылка на запись на стене; принимается сообщество club61234567"))
                .ok("https://ok.ru/deposvmp", 900).typeWritten("ОИВ"));
    }
}
