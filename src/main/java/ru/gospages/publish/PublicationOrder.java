package ru.gospages.publish;

import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.gospages.registry.ChangeEntry;
import ru.gospages.registry.RegistryEntry;
import ru.gospages.rules.Municipalities;
import ru.gospages.rules.Municipality;

/**
 * The order in which pages and changes are published (SPEC 7): municipality in reference order,
 * then organisation, then page URL; changes by kind first. Text compares by UTF-16 code unit
 * ({@link String#compareTo}), the order the registry was published in when it was sorted by HSQLDB.
 */
public final class PublicationOrder {

    private final Map<String, Municipality> byOktmo;

    public PublicationOrder(Municipalities municipalities) {
        this.byOktmo = municipalities.all().stream().collect(Collectors.toMap(Municipality::oktmo, Function.identity()));
    }

    /** The municipality of an OKTMO, or null when the reference no longer lists it (the page is not published). */
    public Municipality municipality(String oktmo) {
        return byOktmo.get(oktmo);
    }

    public Comparator<RegistryEntry> pages() {
        return Comparator.<RegistryEntry>comparingInt(page -> order(page.oktmo()))
                .thenComparing(RegistryEntry::organization)
                .thenComparing(RegistryEntry::pageUrl);
    }

    public Comparator<ChangeEntry> changes() {
        return Comparator.<ChangeEntry>comparingInt(change -> change.kind().ordinal())
                .thenComparingInt(change -> order(change.oktmo()))
                .thenComparing(ChangeEntry::organization)
                .thenComparing(ChangeEntry::pageUrl);
    }

    private int order(String oktmo) {
        Municipality municipality = byOktmo.get(oktmo);
        return municipality == null ? Integer.MAX_VALUE : municipality.order();
    }
}
