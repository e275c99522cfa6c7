package ru.gospages.publish;

import ru.gospages.publish.files.Column;
import ru.gospages.publish.files.Table;
import ru.gospages.registry.PageChange;

/** The registry's changes against the previous run (SPEC 7): {@code changes.csv}. */
public final class ChangeTable {

    private static final Table<PageChange> TABLE = Table.of("Изменения",
            Column.text("change", "Изменение", 14, change -> change.change().label()),
            Column.url("page_url", "Ссылка на страницу", 40, PageChange::pageUrl),
            Column.text("organization", "Организация", 60, PageChange::organization),
            Column.text("inn", "ИНН", 14, PageChange::inn),
            Column.text("municipality", "Муниципальное образование", 32, PageChange::municipality));

    private ChangeTable() {
    }

    public static Table<PageChange> table() {
        return TABLE;
    }
}
