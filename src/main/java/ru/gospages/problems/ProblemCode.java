package ru.gospages.problems;

/**
 * Every problem gospages reports (SPEC 4.4). File codes reject a whole file; row codes concern one
 * row or one page of a row. The Russian title says in a few words what the code means; the message
 * of each finding, with its values, comes from {@code messages_ru.properties} via {@link Messages}.
 */
public enum ProblemCode {
    F_UNSUPPORTED_FORMAT(Severity.ERROR, "неподдерживаемый формат файла"),
    F_UNREADABLE(Severity.ERROR, "файл повреждён или не читается"),
    F_ENCRYPTED(Severity.ERROR, "файл защищён паролем"),
    F_TOO_LARGE(Severity.ERROR, "файл больше допустимого"),
    F_EMPTY(Severity.ERROR, "файл пуст"),
    F_NO_HEADER(Severity.ERROR, "не найдена строка заголовков"),
    R_ORG_MISSING(Severity.ERROR, "не указано наименование организации"),
    R_INN_MISSING(Severity.ERROR, "не указан ИНН"),
    R_INN_INVALID(Severity.ERROR, "неверный ИНН"),
    R_INN_PADDED(Severity.WARNING, "ИНН дополнен ведущим нулём"),
    R_OGRN_INVALID(Severity.WARNING, "неверный ОГРН"),
    R_MUNICIPALITY_MISSING(Severity.ERROR, "не указано муниципальное образование"),
    R_MUNICIPALITY_UNKNOWN(Severity.ERROR, "неизвестное муниципальное образование"),
    R_URL_MISSING(Severity.ERROR, "нет ссылки на страницу"),
    R_URL_INVALID(Severity.ERROR, "ссылка не ведёт на страницу"),
    R_URL_PERSONAL(Severity.ERROR, "ссылка на личную страницу"),
    R_URL_INNER(Severity.WARNING, "ссылка на запись внутри страницы"),
    R_PLATFORM_UNSUPPORTED(Severity.ERROR, "неизвестная площадка"),
    R_PLATFORM_MISMATCH(Severity.ERROR, "площадка не совпадает со ссылкой"),
    R_VERIFIED_INVALID(Severity.ERROR, "непонятное значение госметки"),
    R_VERIFIED_BLANK(Severity.WARNING, "не указана госметка"),
    R_FOLLOWERS_INVALID(Severity.WARNING, "неверное число подписчиков"),
    R_ORGTYPE_UNKNOWN(Severity.WARNING, "неизвестный тип организации"),
    R_ORG_RESOLVED(Severity.INFO, "ИНН или МО взяты из справочника организаций"),
    R_ORG_UNKNOWN(Severity.WARNING, "организации нет в справочнике"),
    R_ORG_MISMATCH(Severity.WARNING, "МО или ОГРН расходятся со справочником"),
    R_DUPLICATE(Severity.INFO, "страница уже указана ранее"),
    R_CONFLICT(Severity.WARNING, "повтор страницы с другой организацией или МО");

    private final Severity defaultSeverity;
    private final String title;

    ProblemCode(Severity defaultSeverity, String title) {
        this.defaultSeverity = defaultSeverity;
        this.title = title;
    }

    /** The code as written in outputs and the profile, e.g. {@code R-INN-INVALID}. */
    public String code() {
        return name().replace('_', '-');
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    public String title() {
        return title;
    }

    /** True for codes that concern a whole file. */
    public boolean isFileCode() {
        return name().startsWith("F_");
    }

    /** The code for its written form {@code R-INN-INVALID}. */
    public static ProblemCode of(String code) {
        return valueOf(code.trim().toUpperCase().replace('-', '_'));
    }

    @Override
    public String toString() {
        return code();
    }
}
