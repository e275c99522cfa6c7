package ru.gospages.rules;

import ru.gospages.problems.ProblemCode;

/** What a URL cell turned out to be, after the rules of SPEC 5. */
public sealed interface PageLink {

    /** A page: its key and canonical URL; {@code inner} when the cell linked to a post or photo inside it. */
    record Page(PageKey key, String canonicalUrl, boolean inner) implements PageLink {
    }

    /** Not a usable page: the code (R-URL-INVALID, R-URL-PERSONAL, R-PLATFORM-UNSUPPORTED, R-PLATFORM-MISMATCH) and the message. */
    record Rejected(ProblemCode code, String message) implements PageLink {
    }

    /** An empty cell or a placeholder such as «нет», «-», «не ведется»: no page on this platform. */
    record Blank() implements PageLink {
    }
}
