package ru.gospages.publish.opendata;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import ru.gospages.figures.Count;
import ru.gospages.figures.MunicipalityFigures;
import ru.gospages.figures.PlatformFigures;
import ru.gospages.publish.files.Column;
import ru.gospages.publish.files.Table;
import ru.gospages.publish.opendata.OpenDataset.Description;

/**
 * The verification figures per municipality (SPEC 6.3) as an open-data set and a table: OKTMO,
 * name, pages, verified, share verified, the same three per platform ({@code pages_vk},
 * {@code verified_vk}, {@code verified_percent_vk}, …), organisations and compliant ones. Every
 * decimal column is a share in percent (0–100, one decimal), empty without pages.
 */
public final class VerificationTable {

    private VerificationTable() {
    }

    /** The definition for the platforms of the figures, in their order. */
    public static OpenDataset<MunicipalityFigures> dataset(List<PlatformFigures> platforms) {
        Fields fields = new Fields();
        fields.add(Column.text("oktmo", "ОКТМО", 11, MunicipalityFigures::oktmo),
                "OKTMO code of the municipality", "Код ОКТМО муниципального образования");
        fields.add(Column.text("municipality", "Муниципальное образование", 42, MunicipalityFigures::name),
                "Municipality", "Муниципальное образование");
        fields.counts("", "", row -> row.count(), "официальных страниц", "official pages");
        for (PlatformFigures platform : platforms) {
            String code = platform.platform();
            fields.counts("_" + code, ": " + platform.name(), row -> countOn(row, code),
                    "официальных страниц в сети «" + platform.name() + "»", "official pages on " + code);
        }
        fields.add(integer("organizations", "Организаций", MunicipalityFigures::organizations),
                "Organisations whose first listing in the period names this municipality",
                "Организаций, у которых в первой записи периода указано это муниципальное образование");
        fields.add(integer("compliant_organizations", "Выполняют требование", MunicipalityFigures::compliantOrganizations),
                "Organisations with a page on every required platform or a stated ground for having none",
                "Организаций, у которых есть страница в каждой обязательной социальной сети или указано основание, по которому страница не ведётся");
        return new OpenDataset<>(OpenDataLayout.VERIFICATION, new Table<>("Госметка по МО", fields.columns),
                fields.descriptions, List.of("oktmo"));
    }

    /** The count of {@code row} on one platform; none when the platform has no figures there. */
    private static Count countOn(MunicipalityFigures row, String platform) {
        return row.byPlatform().stream().filter(p -> p.platform().equals(platform)).map(PlatformFigures::count)
                .findFirst().orElse(new Count(0, 0));
    }

    private static Column<MunicipalityFigures> integer(String name, String title, ToLongFunction<MunicipalityFigures> value) {
        return Column.integer(name, title, 14, row -> OptionalLong.of(value.applyAsLong(row)));
    }

    /** Columns and their descriptions, added in step so that each column has exactly its own. */
    private static final class Fields {
        private final List<Column<MunicipalityFigures>> columns = new ArrayList<>();
        private final List<Description> descriptions = new ArrayList<>();

        void add(Column<MunicipalityFigures> column, String english, String russian) {
            columns.add(column);
            descriptions.add(new Description(column.name(), english, russian));
        }

        /** Pages, verified pages and the share verified of one count, names ending in {@code suffix}. */
        void counts(String suffix, String titleSuffix, Function<MunicipalityFigures, Count> count,
                    String russianWhat, String englishWhat) {
            add(integer("pages" + suffix, "Страниц" + titleSuffix, row -> count.apply(row).pages()),
                    "Number of " + englishWhat, "Количество " + russianWhat);
            add(integer("verified" + suffix, "С госметкой" + titleSuffix, row -> count.apply(row).verified()),
                    "Number of " + englishWhat + " with the state verification mark",
                    "Количество " + russianWhat + " с госметкой");
            add(Column.decimal("verified_percent" + suffix, "Доля с госметкой" + titleSuffix + ", %", 14,
                            row -> count.apply(row).verifiedPercent()),
                    "Share of " + englishWhat + " with the state verification mark, percent (0-100), "
                            + "rounded half up to one decimal; empty without pages",
                    "Доля " + russianWhat + " с госметкой, процентов (0–100), с округлением до десятых; пусто, если страниц нет");
        }
    }
}
