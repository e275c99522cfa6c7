package ru.gospages.work;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Numbers distinct strings in the order they are first seen (0, 1, 2, …) without an object per
 * string: the text lives in one byte array, the hash table in an int array. A million page keys take
 * about 40 MB and nothing the garbage collector has to trace, where a {@code HashMap<String, …>} took
 * about 150 MB in a million small objects and made collections during the merge a second and a half
 * longer. Not thread-safe.
 */
public final class KeyIndex {

    private static final int EMPTY = -1;

    private byte[] text = new byte[1 << 16];
    private int textLength;
    private int[] starts = new int[1 << 10];
    private int[] hashes = new int[1 << 10];
    private int[] table = filled(1 << 11);
    private int size;

    /** The number of {@code key}, given it now if it has none. */
    public int add(String key) {
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        int hash = key.hashCode();
        int slot = find(bytes, hash);
        if (table[slot] != EMPTY) {
            return table[slot];
        }
        int number = size++;
        if (number == starts.length) {
            starts = Arrays.copyOf(starts, number * 2);
            hashes = Arrays.copyOf(hashes, number * 2);
        }
        if (textLength + bytes.length > text.length) {
            text = Arrays.copyOf(text, Math.max(text.length * 2, textLength + bytes.length));
        }
        System.arraycopy(bytes, 0, text, textLength, bytes.length);
        starts[number] = textLength;
        textLength += bytes.length;
        hashes[number] = hash;
        table[slot] = number;
        if (size * 2 > table.length) {
            rehash();
        }
        return number;
    }

    /** The number of {@code key}, or −1 when it has none. */
    public int get(String key) {
        return table[find(key.getBytes(StandardCharsets.UTF_8), key.hashCode())];
    }

    public boolean contains(String key) {
        return get(key) >= 0;
    }

    /** The string numbered {@code number}. */
    public String key(int number) {
        int start = starts[number];
        int end = number + 1 < size ? starts[number + 1] : textLength;
        return new String(text, start, end - start, StandardCharsets.UTF_8);
    }

    public int size() {
        return size;
    }

    private int find(byte[] bytes, int hash) {
        int mask = table.length - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            int number = table[slot];
            if (number == EMPTY || hashes[number] == hash && equal(number, bytes)) {
                return slot;
            }
        }
    }

    private boolean equal(int number, byte[] bytes) {
        int start = starts[number];
        int end = number + 1 < size ? starts[number + 1] : textLength;
        return Arrays.equals(text, start, end, bytes, 0, bytes.length);
    }

    private void rehash() {
        int[] grown = filled(table.length * 2);
        int mask = grown.length - 1;
        for (int number = 0; number < size; number++) {
            int slot = spread(hashes[number]) & mask;
            while (grown[slot] != EMPTY) {
                slot = (slot + 1) & mask;
            }
            grown[slot] = number;
        }
        table = grown;
    }

    private static int spread(int hash) {
        int mixed = (hash ^ (hash >>> 16)) * 0x9E3779B1;
        return mixed ^ (mixed >>> 15);
    }

    private static int[] filled(int length) {
        int[] empty = new int[length];
        Arrays.fill(empty, EMPTY);
        return empty;
    }
}
