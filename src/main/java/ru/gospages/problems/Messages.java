package ru.gospages.problems;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Russian messages people read, from {@code messages_ru.properties}. A key is a problem code,
 * optionally with a variant ({@code R-INN-INVALID.checksum}); arguments are {@link MessageFormat} ones.
 */
public final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("messages", Locale.forLanguageTag("ru"));
    /**
     * Each pattern parsed once: parsing it for every message was most of a message's cost, with a
     * warning on every row at national scale. A MessageFormat is not safe across threads, so each
     * use formats with a clone.
     */
    private static final ConcurrentHashMap<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();

    private Messages() {
    }

    /** The message of a problem code and variant with its arguments. */
    public static String of(ProblemCode code, String variant, Object... args) {
        return text(variant == null || variant.isEmpty() ? code.code() : code.code() + "." + variant, args);
    }

    /** Any message by key. */
    public static String text(String key, Object... args) {
        try {
            String pattern = BUNDLE.getString(key);
            if (args.length == 0) {
                return pattern;
            }
            Object[] plain = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                // numbers as written, without MessageFormat's grouping commas
                plain[i] = args[i] instanceof Number ? String.valueOf(args[i]) : args[i];
            }
            MessageFormat format = FORMATS.computeIfAbsent(key, any -> new MessageFormat(pattern, Locale.ROOT));
            return ((MessageFormat) format.clone()).format(plain);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message " + key + " in messages_ru.properties", e);
        }
    }
}
