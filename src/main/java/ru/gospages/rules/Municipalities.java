package ru.gospages.rules;

import ru.gospages.problems.Messages;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import ru.gospages.text.Names;
import ru.gospages.text.SpellingCache;

/**
 * The municipality reference and the matching of what agencies write in the municipality column.
 * A cell matches an entry only when its key equals the key of the entry's name or an alias, never by
 * prefix: «Сургут» is the city, «Сургутский» the district.
 */
public final class Municipalities {

    // Punctuation people put in «г.Сургут», «г.о.», «Радужный (ХМАО)»; it separates words like a space.
    private static final Pattern PUNCTUATION = Pattern.compile("[.,;()«»\"']");
    private static final List<String> PREFIXES = longestFirst(
            "муниципальное образование", "городской округ город", "городской округ", "муниципальный район",
            "город", "гор", "г о", "го", "г", "мо", "мр", "м р");
    private static final List<String> SUFFIXES = longestFirst(
            "ханты-мансийского автономного округа", "ханты-мансийский автономный округ",
            "ханты-мансийского ао", "ханты-мансийский ао", "хмао-югры", "хмао-югра", "хмао", "югры", "югра",
            "муниципальный район", "муниципальный округ", "городской округ", "район", "р-н", "р н", "мр", "м р", "го");

    private final List<Municipality> all;
    private final Map<String, Municipality> byKey = new HashMap<>();
    private final SpellingCache<Optional<Municipality>> byCell = new SpellingCache<>(this::lookUp);

    /** @throws IllegalArgumentException if two entries share an OKTMO code or a spelling */
    public Municipalities(List<Municipality> entries) {
        this.all = entries.stream().sorted(Comparator.comparingInt(Municipality::order)).toList();
        Map<String, Municipality> byCode = new HashMap<>();
        for (Municipality entry : all) {
            Municipality twin = byCode.put(entry.oktmo(), entry);
            if (twin != null) {
                throw new IllegalArgumentException(Messages.text("reference.municipalities.twinCode", entry.oktmo(), twin.name(),
                        entry.name()));
            }
            index(entry, entry.name());
            entry.aliases().forEach(alias -> index(entry, alias));
        }
    }

    /** Reads {@code oktmo,name,kind,aliases} (UTF-8, aliases separated by {@code |}); the file order is the reference order. */
    public static Municipalities load(Path csv) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = format.parse(skipBom(reader))) {
            if (!parser.getHeaderNames().containsAll(List.of("oktmo", "name", "kind", "aliases"))) {
                throw new IllegalArgumentException(Messages.text("reference.municipalities.columns", parser.getHeaderNames()));
            }
            List<Municipality> entries = new ArrayList<>();
            for (CSVRecord record : parser) {
                entries.add(entry(record, entries.size()));
            }
            return new Municipalities(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.text("reference.municipalities.unreadable", csv), e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IllegalArgumentException(Messages.text("reference.municipalities.bad", csv, e.getMessage()), e);
        }
    }

    /** Every entry in reference order. */
    public List<Municipality> all() {
        return all;
    }

    public Optional<Municipality> byOktmo(String oktmo) {
        String code = oktmo == null ? "" : oktmo.trim();
        return all.stream().filter(m -> m.oktmo().equals(code)).findFirst();
    }

    /**
     * The entry a cell names, or empty (R-MUNICIPALITY-UNKNOWN). Case, {@code ё}, dashes, spaces and
     * punctuation are folded, and prefixes and suffixes such as «г.», «городской округ», «район»,
     * «муниципальный район», «ХМАО – Югры» are removed, on both sides of the comparison.
     */
    public Optional<Municipality> match(String cell) {
        return byCell.get(cell);
    }

    private Optional<Municipality> lookUp(String cell) {
        Municipality exact = byKey.get(compact(fold(cell)));
        return exact != null ? Optional.of(exact) : Optional.ofNullable(byKey.get(key(cell)));
    }

    /** The comparison key of a spelling: folded, stripped of prefixes and suffixes, without spaces and dashes. */
    static String key(String text) {
        return compact(strip(fold(text)));
    }

    private void index(Municipality entry, String spelling) {
        for (String key : List.of(compact(fold(spelling)), key(spelling))) {
            Municipality other = byKey.putIfAbsent(key, entry);
            if (other != null && !other.oktmo().equals(entry.oktmo())) {
                throw new IllegalArgumentException(Messages.text("reference.municipalities.twinSpelling", spelling, other.name(),
                        entry.name()));
            }
        }
    }

    private static Municipality entry(CSVRecord record, int order) {
        long line = record.getRecordNumber();
        String oktmo = record.get("oktmo");
        if (!oktmo.matches("[0-9]{8}")) {
            throw new IllegalArgumentException(Messages.text("reference.municipalities.oktmo", line, oktmo));
        }
        String name = record.get("name");
        if (name.isBlank()) {
            throw new IllegalArgumentException(Messages.text("reference.municipalities.noName", line));
        }
        Municipality.Kind kind;
        try {
            kind = Municipality.Kind.of(record.get("kind"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Messages.text("reference.municipalities.kind", line, record.get("kind")));
        }
        List<String> aliases = Arrays.stream(record.get("aliases").split("\\|")).map(String::trim)
                .filter(alias -> !alias.isEmpty()).toList();
        return new Municipality(oktmo, name, kind, aliases, order);
    }

    private static String fold(String text) {
        return Names.fold(text == null ? "" : PUNCTUATION.matcher(text).replaceAll(" "));
    }

    private static String strip(String folded) {
        String s = folded;
        for (String previous = null; !s.equals(previous); ) {
            previous = s;
            for (String prefix : PREFIXES) {
                if (s.startsWith(prefix + " ")) {
                    s = s.substring(prefix.length() + 1).trim();
                }
            }
            for (String suffix : SUFFIXES) {
                boolean separated = s.endsWith(" " + suffix) || s.endsWith("-" + suffix);
                if (separated && s.length() > suffix.length() + 1) {
                    s = s.substring(0, s.length() - suffix.length() - 1).trim();
                }
            }
        }
        return s;
    }

    private static String compact(String folded) {
        return folded.replace(" ", "").replace("-", "");
    }

    private static Reader skipBom(Reader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    private static List<String> longestFirst(String... words) {
        return Arrays.stream(words).sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
