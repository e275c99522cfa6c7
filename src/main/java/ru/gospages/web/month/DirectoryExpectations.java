package ru.gospages.web.month;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.gospages.rules.DirectoryEntry;
import ru.gospages.rules.OrganizationDirectory;

/** Expected organisations with an organisation directory (SPEC 10.3, 13): its obligated organisations, by its municipality. */
public class DirectoryExpectations implements ExpectedOrganizations {

    private final OrganizationDirectory directory;

    public DirectoryExpectations(OrganizationDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Map<String, List<Organization>> of(String period) {
        Map<String, List<Organization>> byMunicipality = new LinkedHashMap<>();
        directory.entries().stream().filter(DirectoryEntry::obligated)
                .sorted(Comparator.comparing(DirectoryEntry::name).thenComparing(DirectoryEntry::inn))
                .forEach(e -> byMunicipality.computeIfAbsent(e.oktmo(), k -> new ArrayList<>()).add(new Organization(e.inn(), e.name())));
        return byMunicipality;
    }

    @Override
    public String source() {
        return "из справочника организаций (те, кто должен вести страницы)";
    }
}
