package ru.gospages.publish.opendata;

import java.util.List;
import java.util.stream.Collectors;
import ru.gospages.figures.PlatformFigures;
import ru.gospages.publish.opendata.OpenDataset.Description;
import ru.gospages.registry.RegistryPage;

/**
 * The open-data set of the registry of official pages: the columns of {@link RegistryTable} (the
 * same table the registry workbook is written from) with their descriptions; one row per page.
 */
public final class OfficialPagesDataset {

    private OfficialPagesDataset() {
    }

    /**
     * The definition for the platforms of the profile (their codes and names, as the figures list
     * them): the platform column's description names every code it may hold.
     */
    public static OpenDataset<RegistryPage> definition(List<PlatformFigures> platforms) {
        String codes = platforms.stream().map(p -> p.platform() + " — " + p.name()).collect(Collectors.joining(", "));
        return new OpenDataset<>(OpenDataLayout.OFFICIAL_PAGES, RegistryTable.table(), List.of(
                new Description("page_url", "Canonical address of the official page",
                        "Адрес официальной страницы (в каноническом виде)"),
                new Description("platform", "Social network code from the job profile: " + codes,
                        "Код социальной сети: " + codes),
                new Description("organization", "Name of the organisation as first listed in the period",
                        "Наименование организации, как оно указано в первой записи периода"),
                new Description("inn", "Taxpayer number (INN) of the organisation, 10 or 12 digits",
                        "ИНН организации, 10 или 12 цифр"),
                new Description("ogrn", "State registration number (OGRN), 13 or 15 digits; empty when not given or invalid",
                        "ОГРН организации, 13 или 15 цифр; пусто, если не указан или неверен"),
                new Description("org_type", "Type of organisation from the profile's list, e.g. «Орган местного самоуправления»",
                        "Тип организации из списка типов, например «Орган местного самоуправления»"),
                new Description("municipality", "Municipality of the organisation",
                        "Муниципальное образование организации"),
                new Description("oktmo", "OKTMO code of the municipality",
                        "Код ОКТМО муниципального образования"),
                new Description("verified", "true if the page carries the state verification mark «Госорганизация»",
                        "true, если у страницы есть госметка «Госорганизация», иначе false"),
                new Description("followers", "Number of followers as submitted; empty when not given",
                        "Количество подписчиков по данным организации; пусто, если не указано"),
                new Description("last_reported", "Period of the latest submission that listed the page, YYYY-MM",
                        "Период последнего отчёта, в котором указана страница, ГГГГ-ММ"),
                new Description("carried_over", "true if the page was carried over from an earlier period because its organisation submitted nothing this period",
                        "true, если страница перенесена из прошлого периода, так как организация в этом периоде не отчитывалась")),
                // a page's canonical address is unique in a period: the registry keeps one row per page key
                List.of("page_url"));
    }
}
