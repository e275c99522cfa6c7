package ru.gospages.rules;

import ru.gospages.problems.Messages;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Known aliases of pages (SPEC 5 item 6): a screen name and a numeric id of one community cannot
 * be matched offline, so {@code jobs/reference/page-aliases.csv} ({@code alias_url,page_url})
 * says which page key an alias key stands for.
 */
public final class PageAliases {

    private static final String ALIAS = "alias_url";
    private static final String PAGE = "page_url";
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .get();

    private final Map<PageKey, PageKey> pages;

    private PageAliases(Map<PageKey, PageKey> pages) {
        this.pages = Map.copyOf(pages);
    }

    public static PageAliases none() {
        return new PageAliases(Map.of());
    }

    /** The aliases of the file, or none when the file does not exist. */
    public static PageAliases load(Path file, PageKeys keys) {
        if (!Files.exists(file)) {
            return none();
        }
        try (CSVParser parser = FORMAT.parse(withoutBom(Files.readString(file, StandardCharsets.UTF_8)))) {
            if (!parser.getHeaderMap().containsKey(ALIAS) || !parser.getHeaderMap().containsKey(PAGE)) {
                throw new IllegalArgumentException(Messages.text("reference.aliases.columns", file, ALIAS, PAGE));
            }
            Map<PageKey, PageKey> pages = new HashMap<>();
            for (CSVRecord record : parser) {
                // the header is line 1; records here are single-line, as URLs hold no line breaks
                String where = Messages.text("reference.aliases.line", file, record.getRecordNumber() + 1);
                PageKey alias = key(record.get(ALIAS), keys, where);
                PageKey page = key(record.get(PAGE), keys, where);
                PageKey earlier = pages.putIfAbsent(alias, page);
                if (earlier != null && !earlier.equals(page)) {
                    throw new IllegalArgumentException(Messages.text("reference.aliases.twice", where, alias, earlier));
                }
            }
            pages.entrySet().removeIf(entry -> entry.getKey().equals(entry.getValue()));
            return new PageAliases(followChains(pages, file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page key an alias stands for; the key itself when it is no alias. */
    public PageKey resolve(PageKey key) {
        return pages.getOrDefault(key, key);
    }

    public int size() {
        return pages.size();
    }

    /** Excel saves UTF-8 CSV with a byte-order mark, which would otherwise stick to the first header. */
    private static Reader withoutBom(String text) {
        return new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    private static PageKey key(String url, PageKeys keys, String where) {
        PageLink link = keys.parse(url, Optional.empty());
        if (link instanceof PageLink.Page page) {
            return page.key();
        }
        String reason = link instanceof PageLink.Rejected rejected ? rejected.message() : Messages.text("reference.aliases.empty");
        throw new IllegalArgumentException(Messages.text("reference.aliases.badLink", where, url, reason));
    }

    /** Resolves a → b → c to a → c once at load, so that {@link #resolve} is one look-up. */
    private static Map<PageKey, PageKey> followChains(Map<PageKey, PageKey> pages, Path file) {
        Map<PageKey, PageKey> resolved = new HashMap<>();
        for (PageKey alias : pages.keySet()) {
            PageKey page = pages.get(alias);
            for (int steps = 0; pages.containsKey(page); steps++) {
                if (steps > pages.size()) {
                    throw new IllegalArgumentException(Messages.text("reference.aliases.circle", file, alias));
                }
                page = pages.get(page);
            }
            resolved.put(alias, page);
        }
        return resolved;
    }
}
