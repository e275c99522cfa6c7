package ru.gospages.web.month;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ru.gospages.registry.RegistryEntry;
import ru.gospages.registry.RegistryStore;

/** Expected organisations: every organisation (by INN) of the newest registry before the period. */
public class RegistryExpectations implements ExpectedOrganizations {

    private final RegistryStore registry;

    public RegistryExpectations(RegistryStore registry) {
        this.registry = registry;
    }

    @Override
    public Map<String, List<Organization>> of(String period) {
        Map<String, Map<String, Organization>> byMunicipality = new LinkedHashMap<>();
        registry.previousRun(period).ifPresent(run -> {
            for (Iterator<RegistryEntry> pages = registry.read(run); pages.hasNext(); ) {
                RegistryEntry page = pages.next();
                byMunicipality.computeIfAbsent(page.oktmo(), k -> new TreeMap<>())
                        .putIfAbsent(page.inn(), new Organization(page.inn(), page.organization()));
            }
        });
        Map<String, List<Organization>> result = new LinkedHashMap<>();
        byMunicipality.forEach((oktmo, organizations) -> result.put(oktmo, new ArrayList<>(organizations.values())));
        return result;
    }
}
