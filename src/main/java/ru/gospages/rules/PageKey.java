package ru.gospages.rules;

/**
 * The identity of one official page: {@code platform:kind:id}, e.g. {@code vk:group:123} or
 * {@code ok:name:adm_surgut}. Two listings with the same key are the same page.
 */
public record PageKey(String platform, String kind, String id) {

    @Override
    public String toString() {
        return platform + ":" + kind + ":" + id;
    }

    /** Parses the written form {@code platform:kind:id}. */
    public static PageKey parse(String text) {
        String[] parts = text.split(":", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a page key: " + text);
        }
        return new PageKey(parts[0], parts[1], parts[2]);
    }
}
