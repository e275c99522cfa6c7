package ru.gospages.registry;

import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.gospages.rules.Municipalities;
import ru.gospages.rules.Municipality;

/**
 * The order in which the registry is kept and published (SPEC 7): municipality in reference order,
 * then organisation, then page URL ({@link ListedPage#ORDER}); changes by kind first. Text compares by UTF-16 code unit
 * ({@link String#compareTo}), the order the registry was published in when HSQLDB sorted it. A page
 * whose municipality the reference no longer lists sorts last and is not published.
 */
public final class PublicationOrder {

    /** A record with the rank of its municipality, looked up once instead of at every comparison. */
    public record Ranked<T>(int rank, T value) {
    }

    private final Map<String, Municipality> byOktmo;

    public PublicationOrder(Municipalities municipalities) {
        this.byOktmo = municipalities.all().stream().collect(Collectors.toMap(Municipality::oktmo, Function.identity()));
    }

    /** The municipality of an OKTMO, or null when the reference does not list it. */
    public Municipality municipality(String oktmo) {
        return byOktmo.get(oktmo);
    }

    public Ranked<ChangeEntry> rank(ChangeEntry change) {
        return new Ranked<>(rank(change.oktmo()), change);
    }

    public static Comparator<Ranked<ChangeEntry>> changes() {
        return Comparator.<Ranked<ChangeEntry>>comparingInt(change -> change.value().kind().ordinal())
                .thenComparingInt(Ranked::rank)
                .thenComparing(change -> change.value().organization())
                .thenComparing(change -> change.value().pageUrl());
    }

    /** The place of a municipality in the reference order; after all of them when the reference does not list it. */
    public int rank(String oktmo) {
        Municipality municipality = byOktmo.get(oktmo);
        return municipality == null ? Integer.MAX_VALUE : municipality.order();
    }
}
