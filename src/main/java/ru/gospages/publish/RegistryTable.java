package ru.gospages.publish;

import ru.gospages.registry.RegistryPage;

/**
 * The registry of a period, one row per page (SPEC 7): the open-data CSV and
 * {@code official-pages-<period>.xlsx}, with the platform as a column.
 */
public final class RegistryTable {

    private static final Table<RegistryPage> TABLE = Table.of("Реестр",
            Column.url("page_url", "Ссылка на страницу", 40, RegistryPage::pageUrl),
            Column.text("platform", "Социальная сеть", 12, RegistryPage::platform),
            Column.text("organization", "Организация", 60, RegistryPage::organization),
            // identifiers are text: a number would lose the leading zero of INN 0108003670
            Column.text("inn", "ИНН", 14, RegistryPage::inn),
            Column.text("ogrn", "ОГРН", 17, RegistryPage::ogrn),
            Column.text("org_type", "Тип организации", 30, RegistryPage::orgType),
            Column.text("municipality", "Муниципальное образование", 32, RegistryPage::municipality),
            Column.text("oktmo", "ОКТМО", 13, RegistryPage::oktmo),
            Column.bool("verified", "Госметка", 11, RegistryPage::verified),
            Column.integer("followers", "Подписчики", 13, RegistryPage::followers),
            Column.text("last_reported", "Последний отчёт", 12, RegistryPage::lastReported),
            Column.bool("carried_over", "Перенесена из прошлого периода", 16, RegistryPage::carriedOver));

    private RegistryTable() {
    }

    public static Table<RegistryPage> table() {
        return TABLE;
    }
}
