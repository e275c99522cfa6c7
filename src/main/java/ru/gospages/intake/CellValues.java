package ru.gospages.intake;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * The text a {@link RawRow} carries for a cell value, the same for XLSX and XLS: exact plain
 * numbers, ISO dates, {@code TRUE}/{@code FALSE}, and the link target of a hyperlink cell whose text
 * is not an address.
 */
final class CellValues {

    /** Excel's own limit on the text of a cell; longer text comes only from hostile files. */
    static final int MAX_CELL_CHARS = 32_767;

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    // starts only where a word starts and never backtracks, so that long cell text stays linear
    private static final Pattern HOST_AND_PATH =
            Pattern.compile("(?<![\\p{L}\\p{N}-])[\\p{L}\\p{N}-]++(?:\\.[\\p{L}\\p{N}-]++)+/");
    private static final int MAX_ADDRESS_CHARS = 2048;
    // a double has at most 17 significant digits and an exponent below 310; anything longer is not a number Excel wrote
    private static final int MAX_NUMBER_CHARS = 400;

    private CellValues() {
    }

    /**
     * A number as stored in the file ({@code 8.60101039E9}, {@code 1.0}, {@code 0.25}) written
     * exactly, without exponent, grouping or trailing zeros: {@code 8601010390}, {@code 1},
     * {@code 0.25}. Text that is not a number is returned as it is.
     */
    static String number(String stored) {
        String text = stored.trim();
        if (text.isEmpty() || text.length() > MAX_NUMBER_CHARS) {
            return truncate(stored);
        }
        if (isPlainWholeNumber(text)) {
            return text; // what the BigDecimal round trip below would give, without one per INN and follower count
        }
        try {
            BigDecimal value = new BigDecimal(text).stripTrailingZeros();
            if (Math.abs(value.scale()) > MAX_NUMBER_CHARS) {
                return text;
            }
            return value.signum() == 0 ? "0" : value.toPlainString();
        } catch (NumberFormatException e) {
            return text;
        }
    }

    /** Digits without a leading zero, or a lone 0: a number already written exactly. */
    private static boolean isPlainWholeNumber(String text) {
        if (text.charAt(0) == '0') {
            return text.length() == 1;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** A number read by HSSF; its shortest decimal form is what Excel shows and stores. */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "#NUM!";
        }
        return number(Double.toString(value));
    }

    /**
     * A date serial number under a date format: {@code yyyy-MM-dd}, or the ISO local date-time when
     * it has a time of day. Serials that are no date (negative) stay numbers.
     */
    static String date(double serial, boolean date1904) {
        LocalDateTime dateTime = DateUtil.isValidExcelDate(serial) ? DateUtil.getLocalDateTime(serial, date1904, true) : null;
        return dateTime == null ? number(serial) : dateTime(dateTime);
    }

    /** {@code yyyy-MM-dd} at midnight, else {@code yyyy-MM-dd'T'HH:mm:ss}. */
    static String dateTime(LocalDateTime dateTime) {
        return dateTime.toLocalTime().equals(LocalTime.MIDNIGHT)
                ? dateTime.toLocalDate().toString()
                : dateTime.format(DATE_TIME);
    }

    static String bool(boolean value) {
        return value ? "TRUE" : "FALSE";
    }

    /**
     * The value of a hyperlink cell: its text when the text is itself an address (the sender typed
     * the URL and Excel made it a link), else the link target (a cell reading «Страница ВК» that
     * links to the page).
     */
    static String linkOrText(String text, String target) {
        if (target == null || target.isBlank() || looksLikeAddress(text)) {
            return text;
        }
        return target;
    }

    /** True for text with a scheme ({@code ://}) or a host followed by a path ({@code vk.com/club1}). */
    static boolean looksLikeAddress(String text) {
        if (text == null) {
            return false;
        }
        String head = text.length() > MAX_ADDRESS_CHARS ? text.substring(0, MAX_ADDRESS_CHARS) : text;
        return head.contains("://") || HOST_AND_PATH.matcher(head).find();
    }

    /** The text cut to Excel's cell limit. */
    static String truncate(String text) {
        return text.length() > MAX_CELL_CHARS ? text.substring(0, MAX_CELL_CHARS) : text;
    }
}
