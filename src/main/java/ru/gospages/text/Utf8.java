package ru.gospages.text;

/**
 * UTF-8 encoding of text straight into a caller's byte buffer. {@code String.getBytes(UTF_8)} makes
 * a new array for every value, and for Cyrillic text one three times too long that it then copies;
 * the work files and the open-data CSV encode millions of values, so they encode in place. The bytes
 * are exactly those of {@code getBytes(UTF_8)}, including its {@code ?} for a surrogate without its
 * pair.
 */
public final class Utf8 {

    /** The most bytes one char can need (a surrogate pair is two chars and four bytes). */
    public static final int MAX_BYTES_PER_CHAR = 3;

    private Utf8() {
    }

    /**
     * Encodes {@code text[from, to)} into {@code buffer} at {@code position}, which must have room for
     * {@link #MAX_BYTES_PER_CHAR} bytes per char; returns the position after the last byte.
     */
    public static int encode(CharSequence text, int from, int to, byte[] buffer, int position) {
        int at = position;
        int i = from;
        while (i < to) {
            char c = text.charAt(i++);
            if (c < 0x80) {
                buffer[at++] = (byte) c;
            } else if (c < 0x800) {
                buffer[at++] = (byte) (0xC0 | c >> 6);
                buffer[at++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                buffer[at++] = (byte) (0xE0 | c >> 12);
                buffer[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                buffer[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i < to && Character.isLowSurrogate(text.charAt(i))) {
                at = pair(c, text.charAt(i++), buffer, at);
            } else {
                buffer[at++] = '?';
            }
        }
        return at;
    }

    /** Encodes a surrogate pair (four bytes) at {@code position}; returns the position after it. */
    public static int pair(char high, char low, byte[] buffer, int position) {
        int code = Character.toCodePoint(high, low);
        buffer[position] = (byte) (0xF0 | code >> 18);
        buffer[position + 1] = (byte) (0x80 | code >> 12 & 0x3F);
        buffer[position + 2] = (byte) (0x80 | code >> 6 & 0x3F);
        buffer[position + 3] = (byte) (0x80 | code & 0x3F);
        return position + 4;
    }
}
