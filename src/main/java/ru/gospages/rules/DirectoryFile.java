package ru.gospages.rules;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import ru.gospages.problems.Messages;

/**
 * Reads and checks {@code organizations.csv} (SPEC 13): UTF-8, header
 * {@code inn,ogrn,name,oktmo,org_type,obligated}. Every line is checked and every bad one named
 * (line of the file, column, what is wrong) before anything uses the directory: a directory with one
 * wrong municipality would silently move an organisation's pages.
 */
final class DirectoryFile {

    static final List<String> COLUMNS = List.of("inn", "ogrn", "name", "oktmo", "org_type", "obligated");

    private DirectoryFile() {
    }

    static List<DirectoryEntry> read(Path csv, Municipalities municipalities, OrgTypes orgTypes) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        List<DirectoryEntry> entries = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = format.parse(skipBom(reader))) {
            if (!parser.getHeaderNames().containsAll(COLUMNS)) {
                throw new IllegalArgumentException(Messages.text("directory.columns", csv, String.join(",", COLUMNS),
                        String.join(",", parser.getHeaderNames())));
            }
            Map<String, Long> innLines = new HashMap<>();
            Map<String, Long> ogrnLines = new HashMap<>();
            for (CSVRecord record : parser) {
                // the header is line 1; a record's line is where it ends (no line breaks inside our fields)
                long line = parser.getCurrentLineNumber();
                Line checked = new Line(record, line, errors);
                String inn = checked.inn(innLines);
                String ogrn = checked.ogrn(ogrnLines);
                String name = checked.name();
                String oktmo = checked.oktmo(municipalities);
                String type = checked.orgType(orgTypes);
                boolean obligated = checked.obligated();
                if (checked.ok) {
                    entries.add(new DirectoryEntry(inn, ogrn, name, oktmo, type, obligated, line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.text("directory.unreadable", csv), e);
        } catch (IllegalStateException | UncheckedIOException e) {
            throw new IllegalArgumentException(Messages.text("directory.notCsv", csv, e.getMessage()), e);
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(Messages.text("directory.errors", csv, errors.size(), String.join("\n", errors)));
        }
        return entries;
    }

    /** One line being checked: each value's problem is added to the errors with the line and column. */
    private static final class Line {
        private final CSVRecord record;
        private final long line;
        private final List<String> errors;
        boolean ok = true;

        Line(CSVRecord record, long line, List<String> errors) {
            this.record = record;
            this.line = line;
            this.errors = errors;
        }

        String inn(Map<String, Long> seen) {
            String value = value("inn");
            if (value.isEmpty()) {
                return error("inn", Messages.text("directory.inn.missing"));
            }
            InnCheck check = Inn.check(value);
            if (check.outcome() != InnCheck.Outcome.VALID) {
                return error("inn", check.outcome() == InnCheck.Outcome.PADDED
                        ? Messages.text("directory.inn.length", value) : check.message().orElseThrow());
            }
            return unique(seen, check.digits(), "inn", "ИНН");
        }

        String ogrn(Map<String, Long> seen) {
            String value = value("ogrn");
            if (value.isEmpty()) {
                return "";
            }
            OgrnCheck check = Ogrn.check(value);
            if (!check.valid()) {
                return error("ogrn", check.message().orElseThrow().replace("; значение не сохранено", ""));
            }
            return unique(seen, check.digits(), "ogrn", "ОГРН");
        }

        String name() {
            String value = value("name");
            return value.isEmpty() ? error("name", Messages.text("directory.name.missing")) : value;
        }

        String oktmo(Municipalities municipalities) {
            String value = value("oktmo");
            Optional<Municipality> found = municipalities.byOktmo(value);
            return found.isPresent() ? value
                    : error("oktmo", Messages.text("directory.oktmo.unknown", value));
        }

        String orgType(OrgTypes orgTypes) {
            String value = value("org_type");
            if (value.isEmpty()) {
                return "";
            }
            return orgTypes.match(value).orElseGet(() -> error("org_type",
                    Messages.text("directory.orgType.unknown", value, orgTypes.list())));
        }

        boolean obligated() {
            String value = value("obligated").toLowerCase(Locale.ROOT);
            if (value.isEmpty() || value.equals("да")) {
                return true;
            }
            if (!value.equals("нет")) {
                error("obligated", Messages.text("directory.obligated.bad", value("obligated")));
            }
            return false;
        }

        private String unique(Map<String, Long> seen, String value, String column, String what) {
            Long earlier = seen.putIfAbsent(value, line);
            return earlier == null ? value : error(column, Messages.text("directory.twice", what, value, earlier));
        }

        private String value(String column) {
            return record.isSet(column) ? record.get(column).strip() : "";
        }

        private String error(String column, String message) {
            ok = false;
            errors.add(Messages.text("directory.line", line, column, message));
            return "";
        }
    }

    private static Reader skipBom(Reader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }
}
