package ru.gospages.publish.opendata;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.gospages.profile.Platform;
import ru.gospages.publish.files.Column;
import ru.gospages.publish.files.Table;
import ru.gospages.registry.RegistryPage;

/**
 * The registry of a period, one row per page (SPEC 7): the open-data CSV and
 * {@code official-pages-<period>.xlsx}, with the platform as a column (a code in the CSV, a name in
 * the workbook).
 */
public final class RegistryTable {

    private static final Table<RegistryPage> TABLE = table(RegistryPage::platform);

    private RegistryTable() {
    }

    /** The table of the open-data CSV: the platform by its code ({@code vk}, {@code ok}), SPEC 7. */
    public static Table<RegistryPage> table() {
        return TABLE;
    }

    /**
     * The same columns for the workbook people read: the platform by its name in the profile
     * («ВКонтакте», «Одноклассники»), its code when the profile no longer has it.
     */
    public static Table<RegistryPage> forPeople(List<Platform> platforms) {
        Map<String, String> names = platforms.stream().collect(Collectors.toMap(Platform::code, Platform::name, (a, b) -> a));
        return table(page -> names.getOrDefault(page.platform(), page.platform()));
    }

    private static Table<RegistryPage> table(Function<RegistryPage, String> platform) {
        return Table.of("Реестр",
                Column.url("page_url", "Ссылка на страницу", 40, RegistryPage::pageUrl),
                Column.text("platform", "Социальная сеть", 16, platform),
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
    }
}
