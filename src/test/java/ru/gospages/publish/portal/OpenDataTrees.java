package ru.gospages.publish.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a small open-data tree as a run leaves it (SPEC 7) under {@code <output>/opendata/}: two
 * datasets, each with a data file per period, a structure file and a passport listing the versions,
 * plus list.csv and datapackage.json. Rows and titles are short but real.
 */
public final class OpenDataTrees {

    public static final String INN = "8601010390";
    public static final String PAGES = INN + "-officialpages";
    public static final String FIGURES = INN + "-verification";

    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    private OpenDataTrees() {
    }

    /** A tree with the data versions of {@code periods}; the passports list them newest first. */
    public static Path write(Path output, String... periods) {
        for (String period : periods) {
            addPeriod(output, YearMonth.parse(period));
        }
        return output.resolve("opendata");
    }

    /** Adds a period's data files and rewrites the passports, list.csv and datapackage.json as a run does. */
    public static void addPeriod(Path output, YearMonth period) {
        Path root = output.resolve("opendata");
        String asOf = period.atEndOfMonth().format(BASIC);
        write(root.resolve(PAGES).resolve(dataName(period)), "page_url,platform,organization,inn,verified\r\n"
                + "https://vk.com/admsurgut,vk,Администрация города Сургута,8602020249,true\r\n"
                + "https://ok.ru/group/" + asOf + ",ok,Администрация города Сургута,8602020249,false\r\n");
        write(root.resolve(FIGURES).resolve(dataName(period)), "oktmo,municipality,pages,verified\r\n"
                + "71876000,г. Сургут,2," + (period.getMonthValue() % 3) + "\r\n");
        for (String dataset : List.of(PAGES, FIGURES)) {
            write(root.resolve(dataset).resolve("structure-20221201.csv"),
                    "field name,english description,russian description,format\r\npage_url,Page URL,Адрес страницы,string\r\n");
            write(root.resolve(dataset).resolve("meta.csv"), meta(root, dataset, "Набор " + dataset));
        }
        write(root.resolve("list.csv"), "property,title,value,format\r\nstandardversion,Версия методических рекомендаций,"
                + "http://opendata.gosmonitor.ru/standard/3.0,\r\n" + PAGES + ",Реестр,https://example.ru/" + PAGES + "/meta.csv,csv\r\n");
        write(root.resolve("datapackage.json"), "{\n  \"name\": \"" + INN + "-opendata\",\n  \"version\": \"" + asOf + "\"\n}\n");
    }

    /** Rewrites a dataset's passport with another title: what a change of the profile's texts does. */
    public static void retitle(Path output, String dataset, String title) {
        Path root = output.resolve("opendata");
        write(root.resolve(dataset).resolve("meta.csv"), meta(root, dataset, title));
    }

    public static String dataName(YearMonth period) {
        return "data-" + period.atEndOfMonth().format(BASIC) + "-structure-20221201.csv";
    }

    private static String meta(Path root, String dataset, String title) {
        List<String> versions = new ArrayList<>();
        try (var files = Files.list(root.resolve(dataset))) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("data-")).sorted()
                    .forEach(n -> versions.add(0, n.substring(0, n.length() - 4)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder meta = new StringBuilder("property,value\r\n")
                .append("standardversion,http://opendata.gosmonitor.ru/standard/3.0\r\n")
                .append("identifier,").append(dataset).append("\r\n")
                .append("title,").append(title).append("\r\n")
                .append("description,\"Официальные страницы, госметка\"\r\n")
                .append("creator,Департамент цифрового развития Югры\r\n")
                .append("modified,").append(versions.get(0), 5, 13).append("\r\n")
                .append("publishername,Иванова Мария Сергеевна\r\n")
                .append("publisherphone,+73467360000\r\n")
                .append("publishermbox,opendata@admhmao.ru\r\n");
        for (String version : versions) {
            meta.append(version).append(",https://example.ru/").append(dataset).append('/').append(version).append(".csv\r\n");
        }
        return meta.append("structure-20221201,https://example.ru/").append(dataset).append("/structure-20221201.csv\r\n").toString();
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
