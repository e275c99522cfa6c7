package ru.gospages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of gospages in layers (README, «Where things are»): a package imports only packages
 * of a lower layer. Two packages of one layer do not import each other. A new package must be given
 * its layer here.
 */
class LayersTest {

    /** Layer of each package under {@code ru.gospages}; "" is the root package. */
    static final Map<String, Integer> LAYERS = Map.ofEntries(
            Map.entry("text", 0), Map.entry("problems", 0), Map.entry("logs", 0),
            Map.entry("profile", 1),
            Map.entry("intake", 2),
            Map.entry("rules", 3),
            Map.entry("work", 4),
            Map.entry("registry", 5),
            Map.entry("figures", 6),
            Map.entry("publish", 7),
            Map.entry("check", 8), Map.entry("job", 8), Map.entry("accounts", 8),
            Map.entry("web", 9),
            Map.entry("cli", 10),
            Map.entry("", 11));

    /**
     * Layers inside a package that has sub-packages, by the sub-package's name ("" for the package
     * itself): the same rule one level down.
     */
    static final Map<String, Map<String, Integer>> INNER_LAYERS = Map.of("publish", Map.of(
            "files", 0,
            "opendata", 1, "summary", 1,
            "", 2,
            "portal.tree", 3,
            "portal.ckan", 4,
            "portal", 5));

    private static final Pattern PACKAGE = Pattern.compile("^package ru\\.gospages\\.?([a-z]*)((?:\\.[a-z]+)*);", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?ru\\.gospages\\.([a-z]+)((?:\\.[a-z]+)*)\\.[A-Z]", Pattern.MULTILINE);

    @Test
    void noImportRunsBackUpTheLayers() throws IOException {
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/ru/gospages"))) {
            sources.filter(file -> file.toString().endsWith(".java"))
                    .forEach(file -> wrong.addAll(violations(file.toString(), read(file))));
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void anImportOfAHigherOrSameLayerOrOfAnUnknownPackageIsReported() {
        assertThat(violations("Up.java", "package ru.gospages.rules;\n\nimport ru.gospages.cli.Cli;\n"))
                .containsExactly("Up.java: rules (layer 3) imports cli (layer 10)");
        assertThat(violations("Side.java", "package ru.gospages.job;\n\nimport ru.gospages.check.FileCheck;\n"))
                .containsExactly("Side.java: job (layer 8) imports check (layer 8)");
        assertThat(violations("New.java", "package ru.gospages.gadgets;\n\nimport ru.gospages.job.MonthlyRuns;\n"))
                .containsExactly("New.java: package gadgets has no layer in LayersTest");
        assertThat(violations("Down.java", "package ru.gospages.job;\n\nimport ru.gospages.problems.Problem;\n"
                + "import static ru.gospages.job.RunOutcome.Busy;\n")).isEmpty();
        assertThat(violations("Low.java", "package ru.gospages.publish.files;\n\nimport ru.gospages.publish.summary.Summary;\n"))
                .containsExactly("Low.java: publish.files (layer 0) imports publish.summary (layer 1)");
        assertThat(violations("Twin.java", "package ru.gospages.publish.portal;\n\nimport ru.gospages.publish.portal.ckan.CkanClient;\n"
                + "import ru.gospages.publish.files.Table;\n")).isEmpty();
        assertThat(violations("Back.java", "package ru.gospages.publish.portal.ckan;\n\nimport ru.gospages.publish.portal.Publisher;\n"))
                .containsExactly("Back.java: publish.portal.ckan (layer 4) imports publish.portal (layer 5)");
    }

    static List<String> violations(String file, String source) {
        Matcher declared = PACKAGE.matcher(source);
        if (!declared.find()) {
            return List.of(file + ": no package ru.gospages…");
        }
        String own = declared.group(1);
        Integer ownLayer = LAYERS.get(own);
        if (ownLayer == null) {
            return List.of(file + ": package " + own + " has no layer in LayersTest");
        }
        List<String> wrong = new ArrayList<>();
        Matcher imports = IMPORT.matcher(source);
        while (imports.find()) {
            String imported = imports.group(1);
            Integer layer = LAYERS.get(imported);
            if (imported.equals(own)) {
                wrong.addAll(innerViolation(file, own, sub(declared.group(2)), sub(imports.group(2))));
                continue;
            }
            if (layer == null || layer >= ownLayer) {
                wrong.add(file + ": " + own + " (layer " + ownLayer + ") imports " + imported + " (layer " + layer + ")");
            }
        }
        return wrong;
    }

    private static List<String> innerViolation(String file, String own, String from, String to) {
        Map<String, Integer> inner = INNER_LAYERS.get(own);
        if (inner == null || from.equals(to)) {
            return List.of();
        }
        Integer fromLayer = inner.get(from);
        Integer toLayer = inner.get(to);
        if (fromLayer == null) {
            return List.of(file + ": package " + own + "." + from + " has no layer in LayersTest");
        }
        if (toLayer == null || toLayer >= fromLayer) {
            return List.of(file + ": " + own + "." + from + " (layer " + fromLayer + ") imports " + own + "." + to
                    + " (layer " + toLayer + ")");
        }
        return List.of();
    }

    /** {@code .portal.ckan} → {@code portal.ckan}. */
    private static String sub(String dotted) {
        return dotted.isEmpty() ? "" : dotted.substring(1);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
