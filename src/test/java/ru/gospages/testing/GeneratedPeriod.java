package ru.gospages.testing;

import static ru.gospages.testing.Submissions.inn;
import static ru.gospages.testing.Submissions.row;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A period's input big enough for a run to take a few seconds: {@code files} submissions of
 * {@code rows} page rows each (every tenth file an XLSX workbook, the others CSV), with a rejected
 * row every 97 rows and a page listed again by the next file every 53 rows, so that restarts have
 * problems and duplicates to get right. Deterministic: the same arguments give the same files.
 */
public final class GeneratedPeriod {

    private static final List<String> MUNICIPALITIES = List.of("г. Сургут", "Сургутский район", "г. Когалым",
            "ХМАО – Югра", "г. Урай", "Нижневартовск", "г. Нягань", "Белоярский район");
    private static final List<Object> HEADER = row("Наименование организации", "ИНН", "Муниципальное образование",
            "Социальная сеть", "Ссылка на страницу", "Госметка", "Количество подписчиков");

    private GeneratedPeriod() {
    }

    /** Writes the files into {@code folder} and returns the number of page rows written. */
    public static long write(Path folder, int files, int rows) {
        long written = 0;
        for (int f = 1; f <= files; f++) {
            List<List<Object>> table = new ArrayList<>();
            table.add(HEADER);
            for (int r = 0; r < rows; r++) {
                table.add(page(f, r));
            }
            String name = String.format("agency-%03d", f);
            if (f % 10 == 0) {
                Submissions.xlsx(folder.resolve(name + ".xlsx"), "Страницы", table);
            } else {
                Submissions.csvUtf8(folder.resolve(name + ".csv"), table);
            }
            written += rows;
        }
        return written;
    }

    private static List<Object> page(int file, int r) {
        int org = file * 10_000 + r / 2;
        // the page of row r of the previous file, listed again: a duplicate for the merge to report
        long club = r % 53 == 52 && file > 1 ? (file - 1) * 100_000L + r : file * 100_000L + r;
        String innOf = r % 97 == 96 ? "8601010391" : inn(String.format("86%07d", org));
        return row("Организация № " + org, innOf, MUNICIPALITIES.get(org % MUNICIPALITIES.size()),
                r % 2 == 0 ? "ВКонтакте" : "Одноклассники",
                r % 2 == 0 ? "https://vk.com/club" + club : "https://ok.ru/group/" + club,
                r % 3 == 0 ? "нет" : "да", r * 7 % 5000);
    }
}
