package ru.gospages.rules;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * A URL cell reduced to what page rules read (SPEC 5 items 1–3): the lower-case host without
 * {@code www.} and {@code m.}, and the percent-decoded lower-case path without query, fragment and
 * surrounding slashes. Parsed by hand rather than with {@code java.net.URI}: it runs once per cell
 * and must accept what people type ({@code vk.com/x}, {@code //vk.com/x}) without exceptions.
 */
record PageAddress(String host, String path) {

    private static final String LEADING = "\"'«»“”„<([";
    private static final String TRAILING = "\"'«»“”„>,.;)]}";

    /** The text without surrounding spaces, quotes, angle brackets and trailing {@code ,.;)}. */
    static String strip(String text) {
        int start = 0;
        int end = text.length();
        boolean changed = true;
        while (changed && start < end) {
            changed = false;
            char first = text.charAt(start);
            if (first == ' ' || LEADING.indexOf(first) >= 0) {
                start++;
                changed = true;
            }
            if (start < end) {
                char last = text.charAt(end - 1);
                if (last == ' ' || TRAILING.indexOf(last) >= 0) {
                    end--;
                    changed = true;
                }
            }
        }
        return text.substring(start, end);
    }

    /** The address of a stripped cell, or empty when it is not an http(s) URL with a dotted host. */
    static Optional<PageAddress> parse(String url) {
        if (url.indexOf(' ') >= 0) {
            return Optional.empty();
        }
        int from = hostStart(url);
        if (from < 0) {
            return Optional.empty();
        }
        int hostEnd = from;
        while (hostEnd < url.length() && "/?#\\".indexOf(url.charAt(hostEnd)) < 0) {
            hostEnd++;
        }
        String host = host(url.substring(from, hostEnd));
        if (host == null) {
            return Optional.empty();
        }
        int pathEnd = hostEnd;
        while (pathEnd < url.length() && url.charAt(pathEnd) != '?' && url.charAt(pathEnd) != '#') {
            pathEnd++;
        }
        String path = path(url.substring(hostEnd, pathEnd));
        return path == null ? Optional.empty() : Optional.of(new PageAddress(host, path));
    }

    /** The host with {@code www.} and {@code m.} dropped, as long as a dotted name remains. */
    static String dropMobilePrefix(String host) {
        String result = host;
        while (true) {
            if (result.startsWith("www.") && result.indexOf('.', 4) > 0) {
                result = result.substring(4);
            } else if (result.startsWith("m.") && result.indexOf('.', 2) > 0) {
                result = result.substring(2);
            } else {
                return result;
            }
        }
    }

    /** Where the host begins; 0 when the scheme is missing, -1 for a scheme other than http(s). */
    private static int hostStart(String url) {
        if (url.startsWith("//")) {
            return 2;
        }
        int separator = url.indexOf("://");
        // "vk.com/away.php?to=https://x" has "://" in its query: that is no scheme
        if (separator <= 0 || !isScheme(url, separator)) {
            return 0;
        }
        boolean web = url.regionMatches(true, 0, "http", 0, separator) && separator == 4
                || url.regionMatches(true, 0, "https", 0, separator) && separator == 5;
        return web ? separator + 3 : -1;
    }

    private static boolean isScheme(String url, int end) {
        if (!isAsciiLetter(url.charAt(0))) {
            return false;
        }
        for (int i = 1; i < end; i++) {
            char c = url.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
                return false;
            }
        }
        return true;
    }

    /** The normalised host of an authority, or null when it has user info, a bad port or no dotted name. */
    private static String host(String authority) {
        if (authority.indexOf('@') >= 0) {
            return null;
        }
        String name = authority;
        int colon = name.lastIndexOf(':');
        if (colon >= 0) {
            for (int i = colon + 1; i < name.length(); i++) {
                if (name.charAt(i) < '0' || name.charAt(i) > '9') {
                    return null;
                }
            }
            name = name.substring(0, colon);
        }
        name = name.toLowerCase(Locale.ROOT);
        while (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        return isDottedName(name) ? dropMobilePrefix(name) : null;
    }

    /** Letters (any script: a Cyrillic host is another site, not garbage), digits and hyphens in dotted labels. */
    private static boolean isDottedName(String name) {
        if (name.isEmpty() || name.charAt(0) == '.' || name.indexOf('.') < 0 || name.contains("..")) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '-' && c != '.') {
                return false;
            }
        }
        return true;
    }

    /** The percent-decoded, lower-case path without surrounding slashes, or null for a broken escape. */
    static String path(String raw) {
        String decoded = raw.indexOf('%') < 0 ? raw : percentDecode(raw);
        if (decoded == null) {
            return null;
        }
        int start = 0;
        int end = decoded.length();
        while (start < end && decoded.charAt(start) == '/') {
            start++;
        }
        while (end > start && decoded.charAt(end - 1) == '/') {
            end--;
        }
        return decoded.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** Decodes each run of {@code %XX} escapes as UTF-8; null when an escape or its bytes are malformed. */
    private static String percentDecode(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        byte[] bytes = new byte[raw.length() / 3 + 1];
        int i = 0;
        while (i < raw.length()) {
            if (raw.charAt(i) != '%') {
                out.append(raw.charAt(i++));
                continue;
            }
            int count = 0;
            while (i < raw.length() && raw.charAt(i) == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes[count++] = (byte) (high * 16 + low);
                i += 3;
            }
            try {
                out.append(StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, 0, count)));
            } catch (CharacterCodingException e) {
                return null;
            }
        }
        return out.toString();
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
