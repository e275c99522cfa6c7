package ru.gospages.profile;

import ru.gospages.problems.Messages;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.regex.PatternSyntaxException;

/**
 * One rule of a platform's page addresses: a regular expression over the whole normalised path,
 * what a match means, and the kind of page key it yields (with the named group {@code id}).
 */
public record PageRule(@NotEmpty String pattern, @NotNull Result result, String kind) {

    /** What a path that matches the rule is. */
    public enum Result {
        /** the page itself */
        PAGE,
        /** a post, photo, album or topic inside the page: the page is used, with a warning */
        INNER,
        /** a person's profile, not an organisation's page */
        PERSONAL,
        /** names no page */
        INVALID
    }

    public PageRule {
        try {
            java.util.regex.Pattern.compile(pattern);
            boolean hasId = pattern.contains("(?<id>");
            if ((result == Result.PAGE || result == Result.INNER) && (kind == null || !hasId)) {
                throw new IllegalArgumentException(Messages.text("profile.rule.noId", pattern, result.name().toLowerCase()));
            }
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(Messages.text("profile.rule.badPattern", pattern, e.getDescription()), e);
        }
    }
}
