package ru.gospages.text;

/** Fitting text into database columns: a hostile cell of 50,000 characters must not fail a run. */
public final class Lengths {

    private Lengths() {
    }

    public static String fit(String text, int length) {
        if (text == null) {
            return "";
        }
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
