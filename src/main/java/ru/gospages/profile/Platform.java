package ru.gospages.profile;

import ru.gospages.problems.Messages;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A social network on which official pages live, as data: its hosts, the words that name it in
 * headers and platform columns, and the rules that turn a page address into a page key.
 * A platform without {@code pages} rules takes the first path segment as the page name.
 */
public record Platform(
        @NotEmpty @Pattern(regexp = "[a-z][a-z0-9]*", message = "код площадки: строчные латинские буквы и цифры") String code,
        @NotEmpty String name,
        boolean required,
        @DefaultValue List<String> words,
        @NotEmpty String host,
        @DefaultValue List<String> aliasHosts,
        @DefaultValue List<String> reserved,
        @DefaultValue List<@Valid PageRule> pages,
        @DefaultValue Map<String, String> canonical) {

    public Platform {
        words = List.copyOf(words);
        aliasHosts = List.copyOf(aliasHosts);
        reserved = List.copyOf(reserved);
        if (pages.isEmpty()) {
            pages = List.of(
                    new PageRule("(?<id>[^/]+)", PageRule.Result.PAGE, "name"),
                    new PageRule("(?<id>[^/]+)/.+", PageRule.Result.INNER, "name"));
        }
        pages = List.copyOf(pages);
        canonical = canonical.isEmpty() ? Map.of("name", "https://" + host + "/{id}") : Map.copyOf(canonical);
        for (PageRule rule : pages) {
            if (rule.kind() != null && !canonical.containsKey(rule.kind())) {
                throw new IllegalArgumentException(Messages.text("profile.platform.noCanonical", code, rule.kind()));
            }
        }
    }

    /** Every host of the platform, the main one first. */
    public List<String> hosts() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(host), aliasHosts.stream()).toList();
    }
}
