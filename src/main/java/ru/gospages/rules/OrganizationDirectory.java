package ru.gospages.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The organisation directory of SPEC 13: the organisations that must keep official pages, by INN and
 * by OGRN. Optional: {@link #NONE} stands for "no directory", and then no rule of SPEC 13 applies.
 */
public final class OrganizationDirectory {

    /** Where the directory is looked for when {@code gospages.directory} is not given. */
    public static final Path DEFAULT = Path.of("jobs/reference/organizations.csv");
    /** The value of {@code gospages.directory} that turns the directory off even when the default file exists. */
    public static final String OFF = "none";
    /** No directory. */
    public static final OrganizationDirectory NONE = new OrganizationDirectory(List.of(), false);

    private final List<DirectoryEntry> entries;
    private final boolean present;
    private final Map<String, DirectoryEntry> byInn = new HashMap<>();
    private final Map<String, DirectoryEntry> byOgrn = new HashMap<>();

    OrganizationDirectory(List<DirectoryEntry> entries, boolean present) {
        this.entries = List.copyOf(entries);
        this.present = present;
        for (DirectoryEntry entry : this.entries) {
            byInn.put(entry.inn(), entry);
            if (!entry.ogrn().isEmpty()) {
                byOgrn.put(entry.ogrn(), entry);
            }
        }
    }

    /**
     * The directory {@code setting} names: blank — the default file if it exists, else none;
     * {@value #OFF} — none; anything else — that file, which must exist.
     *
     * @throws IllegalArgumentException naming every bad line, or a missing file that was named
     */
    public static OrganizationDirectory of(String setting, Municipalities municipalities, OrgTypes orgTypes) {
        String named = setting == null ? "" : setting.trim();
        if (named.equalsIgnoreCase(OFF)) {
            return NONE;
        }
        Path file = named.isEmpty() ? DEFAULT : Path.of(named);
        if (!Files.exists(file)) {
            if (named.isEmpty()) {
                return NONE;
            }
            throw new IllegalArgumentException("справочник организаций " + file + " не найден (gospages.directory)");
        }
        return new OrganizationDirectory(DirectoryFile.read(file, municipalities, orgTypes), true);
    }

    /** True when a directory was read: the rules and figures of SPEC 13 apply. */
    public boolean present() {
        return present;
    }

    /** Every organisation in file order. */
    public List<DirectoryEntry> entries() {
        return entries;
    }

    public Optional<DirectoryEntry> byInn(String inn) {
        return Optional.ofNullable(byInn.get(inn));
    }

    public Optional<DirectoryEntry> byOgrn(String ogrn) {
        return Optional.ofNullable(byOgrn.get(ogrn));
    }
}
