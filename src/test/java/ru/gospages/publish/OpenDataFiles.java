package ru.gospages.publish;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import ru.gospages.profile.JobProfile;
import ru.gospages.publish.opendata.OpenDataPassport;

/** Reads written CSV files back with commons-csv, and the passport fields the open-data tests publish with. */
public final class OpenDataFiles {

    public static final String INN = "8601010390";

    private OpenDataFiles() {
    }

    /** Every record of a CSV file, the header included, as lists of values. */
    public static List<List<String>> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.parse(reader).stream().map(CSVRecord::toList).toList();
        }
    }

    public static OpenDataPassport passport() {
        return new OpenDataPassport(profile(Map.of(
                "officialpages", new JobProfile.Dataset("Реестр официальных страниц", "Страницы органов власти во ВКонтакте и Одноклассниках",
                        "официальные страницы, госметка"),
                "verification", new JobProfile.Dataset("Доля страниц с госметкой", "Страницы с госметкой по муниципальным образованиям",
                        "госметка, статистика"))));
    }

    public static JobProfile.OpenData profile(Map<String, JobProfile.Dataset> datasets) {
        return new JobProfile.OpenData(INN, "https://data.example.ru/opendata/", "Департамент цифрового развития",
                "Иванова Мария Сергеевна", "+73467360000", "opendata@example.ru", datasets);
    }
}
