package ru.gospages.publish.summary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import ru.gospages.problems.Messages;

/**
 * Numbers, shares, dates and counted nouns the way a Russian reader writes them: {@code 1 487},
 * {@code 92,5 %}, {@code 31.12.2022}, {@code декабрь 2022}, «1 страница», «2 страницы», «5 страниц».
 * Spaces inside a figure are non-breaking, so a line never splits «92,5» from «%».
 */
public final class RussianText {

    static final char NBSP = '\u00A0';
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private RussianText() {
    }

    /** A whole number with its thousands separated: {@code 1 487}. */
    public static String number(long value) {
        String digits = Long.toString(Math.abs(value));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                text.append(NBSP);
            }
            text.append(digits.charAt(i));
        }
        return (value < 0 ? "−" : "") + text;
    }

    /** A share in percent with a decimal comma, {@code 92,5 %}; a dash when there is none. */
    public static String percent(BigDecimal percent) {
        return percent == null ? "—" : percent.toPlainString().replace('.', ',') + NBSP + "%";
    }

    /** The form of a noun after the number {@code n}: one (1, 21), few (2–4, 22) or many (5–20, 25, 11–14). */
    public static String plural(long n, String one, String few, String many) {
        long lastTwo = Math.abs(n) % 100;
        long last = lastTwo % 10;
        if (lastTwo >= 11 && lastTwo <= 14) {
            return many;
        }
        if (last == 1) {
            return one;
        }
        return last >= 2 && last <= 4 ? few : many;
    }

    /** The number and the noun that agrees with it: «147 официальных страниц». */
    public static String counted(long n, String one, String few, String many) {
        return number(n) + NBSP + plural(n, one, few, many);
    }

    /** {@link #counted(long, String, String, String)} with the three forms of a message, {@code one|few|many}. */
    static String counted(long n, String formsKey) {
        String[] forms = Messages.text(formsKey).split("\\|");
        return counted(n, forms[0], forms[1], forms[2]);
    }

    static String date(LocalDate date) {
        return date.format(DATE);
    }

    /** The month and year, {@code декабрь 2022}: the nominative, as in «отчёт за декабрь 2022». */
    static String month(YearMonth period) {
        return period.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, RUSSIAN) + " " + period.getYear();
    }
}
