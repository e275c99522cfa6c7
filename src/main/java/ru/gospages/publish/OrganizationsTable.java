package ru.gospages.publish;

import java.util.OptionalLong;
import ru.gospages.figures.OrganizationStanding;
import ru.gospages.publish.files.Column;
import ru.gospages.publish.files.Table;

/**
 * {@code organizations-<period>.csv} (SPEC 13): one row per obligated organisation of the directory,
 * in publication order, with where it stands in the period. {@code reported} and {@code compliant}
 * are «да»/«нет»: the file is for the centre's staff, who chase the «нет» rows.
 */
public final class OrganizationsTable {

    /** An organisation with the reference name of its municipality. */
    public record Row(OrganizationStanding organization, String municipality) {
    }

    private static final Table<Row> TABLE = Table.of("Организации",
            Column.text("inn", "ИНН", 14, row -> row.organization().inn()),
            Column.text("name", "Организация", 60, row -> row.organization().name()),
            Column.text("oktmo", "ОКТМО", 10, row -> row.organization().oktmo()),
            Column.text("municipality", "Муниципальное образование", 32, Row::municipality),
            Column.text("reported", "Отчиталась", 10, row -> yesNo(row.organization().reported())),
            Column.integer("pages", "Страниц", 8, row -> OptionalLong.of(row.organization().pages())),
            Column.integer("verified_pages", "С госметкой", 8, row -> OptionalLong.of(row.organization().verifiedPages())),
            Column.text("compliant", "Выполняет требование", 10, row -> yesNo(row.organization().compliant())),
            Column.text("last_reported", "Последний отчёт", 10, row -> row.organization().lastReported()));

    private OrganizationsTable() {
    }

    public static Table<Row> table() {
        return TABLE;
    }

    private static String yesNo(boolean value) {
        return value ? "да" : "нет";
    }
}
