package ru.gospages.registry;

/** Fitting text into database columns: a hostile cell of 50,000 characters must not fail a run. */
final class Text {

    private Text() {
    }

    static String fit(String text, int length) {
        if (text == null) {
            return "";
        }
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
