package ru.gospages.rules;

/**
 * One organisation of the organisation directory (SPEC 13): its INN, OGRN ("" when the directory has
 * none), name, municipality (OKTMO of the reference), type (canonical, "" when blank), whether it must
 * keep official pages, and the line of the file it came from.
 */
public record DirectoryEntry(String inn, String ogrn, String name, String oktmo, String orgType, boolean obligated,
                             long line) {
}
