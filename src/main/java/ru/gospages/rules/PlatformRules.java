package ru.gospages.rules;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import ru.gospages.problems.Messages;
import ru.gospages.problems.ProblemCode;
import ru.gospages.profile.PageRule;
import ru.gospages.profile.Platform;

/** One platform's page rules, compiled once: reserved first path segments and ordered path patterns. */
final class PlatformRules {

    private final Platform platform;
    private final Set<String> reserved;
    private final List<PageRule> rules;
    private final Pattern[] patterns;
    /**
     * One matcher per pattern and thread, reset for each path: a new matcher for every pattern
     * tried on every URL cell was the largest allocation of the rules (0.9 GB on 1,000,000 rows).
     */
    private final ThreadLocal<Matcher[]> matchers = ThreadLocal.withInitial(this::newMatchers);

    PlatformRules(Platform platform) {
        this.platform = platform;
        this.reserved = platform.reserved().stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        this.rules = platform.pages();
        this.patterns = rules.stream().map(rule -> Pattern.compile(rule.pattern())).toArray(Pattern[]::new);
    }

    Platform platform() {
        return platform;
    }

    /**
     * What a normalised path means on this platform: the first rule matching the whole path decides;
     * the site root, a reserved first segment and a path no rule matches name no page.
     * {@code shown} is the address as the sender wrote it, for messages.
     */
    PageLink page(String path, String shown) {
        if (path.isEmpty() || reserved.contains(firstSegment(path))) {
            return noPage(shown);
        }
        Matcher[] mine = matchers.get();
        for (int i = 0; i < mine.length; i++) {
            Matcher matcher = mine[i].reset(path);
            if (matcher.matches()) {
                return apply(rules.get(i), matcher, shown);
            }
        }
        return noPage(shown);
    }

    private Matcher[] newMatchers() {
        Matcher[] made = new Matcher[patterns.length];
        for (int i = 0; i < patterns.length; i++) {
            made[i] = patterns[i].matcher("");
        }
        return made;
    }

    private PageLink apply(PageRule rule, Matcher matcher, String shown) {
        switch (rule.result()) {
            case PAGE:
            case INNER:
                String id = matcher.group("id");
                if (id == null || id.isEmpty()) {
                    return noPage(shown);
                }
                PageKey key = new PageKey(platform.code(), rule.kind(), id);
                String url = platform.canonical().get(rule.kind()).replace("{id}", id);
                return new PageLink.Page(key, url, rule.result() == PageRule.Result.INNER);
            case PERSONAL:
                return new PageLink.Rejected(ProblemCode.R_URL_PERSONAL, Messages.of(ProblemCode.R_URL_PERSONAL, null, shown));
            default:
                return noPage(shown);
        }
    }

    private PageLink noPage(String shown) {
        return new PageLink.Rejected(ProblemCode.R_URL_INVALID, Messages.of(ProblemCode.R_URL_INVALID, "nopage", shown, platform.name()));
    }

    private static String firstSegment(String path) {
        int slash = path.indexOf('/');
        return slash < 0 ? path : path.substring(0, slash);
    }
}
