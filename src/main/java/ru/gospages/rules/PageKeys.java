package ru.gospages.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import ru.gospages.problems.Messages;
import ru.gospages.problems.ProblemCode;
import ru.gospages.profile.JobProfile;
import ru.gospages.profile.Platform;
import ru.gospages.profile.PlatformWords;
import ru.gospages.text.CellText;
import ru.gospages.text.Names;

/**
 * Turns a URL cell into a page key and canonical URL (SPEC 5). Generic: hosts, reserved words,
 * path rules and canonical URLs all come from the platforms of the job profile, so a new
 * platform is a block of YAML. Thread-safe and built once per run; patterns are compiled here.
 */
public final class PageKeys {

    private static final PageLink BLANK = new PageLink.Blank();

    private final List<Platform> platforms;
    private final Map<String, PlatformRules> byHost = new HashMap<>();
    private final Map<String, PlatformRules> byCode = new HashMap<>();
    private final PlatformWords words;
    private final Set<String> placeholders;
    private final int longestPlaceholder;
    /** Of {@code .} and {@code @}, those no placeholder contains: a cell holding one is an address. */
    private final String addressMarks;
    private final String platformNames;

    public PageKeys(List<Platform> platforms, List<String> urlPlaceholders) {
        this.platforms = List.copyOf(platforms);
        for (Platform platform : this.platforms) {
            PlatformRules rules = new PlatformRules(platform);
            byCode.put(platform.code(), rules);
            for (String host : platform.hosts()) {
                String key = PageAddress.dropMobilePrefix(host.trim().toLowerCase(Locale.ROOT));
                PlatformRules other = byHost.putIfAbsent(key, rules);
                if (other != null && other != rules) {
                    throw new IllegalArgumentException(Messages.text("profile.platforms.sharedHost", key,
                            other.platform().code(), platform.code()));
                }
            }
        }
        this.words = new PlatformWords(this.platforms);
        this.placeholders = urlPlaceholders.stream().map(Names::fold).collect(Collectors.toUnmodifiableSet());
        this.longestPlaceholder = placeholders.stream().mapToInt(String::length).max().orElse(0);
        this.addressMarks = ".@".chars().filter(mark -> placeholders.stream().noneMatch(p -> p.indexOf(mark) >= 0))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        this.platformNames = this.platforms.stream().map(Platform::name).collect(Collectors.joining(", "));
    }

    public static PageKeys of(JobProfile profile) {
        return new PageKeys(profile.platforms(), profile.urlPlaceholders());
    }

    public List<Platform> platforms() {
        return platforms;
    }

    /**
     * What a URL cell is. {@code expected} is the platform the row's platform column or the wide
     * column's header names; it allows a bare {@code @name} and must agree with the URL's host.
     * Never throws: whatever the cell holds becomes a page, a rejection or blank.
     */
    public PageLink parse(String cell, Optional<Platform> expected) {
        String text = CellText.clean(cell);
        if (text.isEmpty() || isPlaceholder(text)) {
            return BLANK;
        }
        String url = PageAddress.strip(text);
        if (isPlaceholder(url)) {
            return BLANK;
        }
        if (url.startsWith("@")) {
            return parseBare(url, expected);
        }
        Optional<PageAddress> address = PageAddress.parse(url);
        if (address.isEmpty()) {
            return invalid(text);
        }
        PlatformRules rules = byHost.get(address.get().host());
        if (rules == null) {
            return new PageLink.Rejected(ProblemCode.R_PLATFORM_UNSUPPORTED,
                    Messages.of(ProblemCode.R_PLATFORM_UNSUPPORTED, null, address.get().host(), platformNames));
        }
        if (expected.isPresent() && !expected.get().code().equals(rules.platform().code())) {
            return new PageLink.Rejected(ProblemCode.R_PLATFORM_MISMATCH,
                    Messages.of(ProblemCode.R_PLATFORM_MISMATCH, null, expected.get().name(), url, rules.platform().name()));
        }
        return rules.page(address.get().path(), url);
    }

    /** The platform a platform column value or header word names; see {@link PlatformWords} for the rule. */
    public Optional<Platform> platformByWord(String word) {
        return words.find(word);
    }

    /** The R-URL-INNER warning for a cell that linked inside a page. */
    public static String innerMessage(String cell, PageLink.Page page) {
        return Messages.of(ProblemCode.R_URL_INNER, null, PageAddress.strip(CellText.clean(cell)), page.canonicalUrl());
    }

    /** {@code @name}: a page name on the expected platform, meaningless without one. */
    private PageLink parseBare(String url, Optional<Platform> expected) {
        PlatformRules rules = expected.map(platform -> byCode.get(platform.code())).orElse(null);
        if (rules == null) {
            return new PageLink.Rejected(ProblemCode.R_URL_INVALID, Messages.of(ProblemCode.R_URL_INVALID, "bare", url));
        }
        Optional<PageAddress> address = PageAddress.parse("https://" + rules.platform().host() + "/" + url.substring(1));
        return address.isEmpty() ? invalid(url) : rules.page(address.get().path(), url);
    }

    /**
     * Folding compiles a regular expression, so it is skipped for text that cannot fold to a
     * placeholder: folding keeps every {@code .} and {@code @}, and removes no other character
     * than spaces, {@code *} and {@code :}.
     */
    private boolean isPlaceholder(String text) {
        int significant = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (addressMarks.indexOf(c) >= 0 || c != ' ' && c != '*' && c != ':' && ++significant > longestPlaceholder) {
                return false;
            }
        }
        return placeholders.contains(Names.fold(text));
    }

    private static PageLink invalid(String text) {
        return new PageLink.Rejected(ProblemCode.R_URL_INVALID, Messages.of(ProblemCode.R_URL_INVALID, null, text));
    }
}
