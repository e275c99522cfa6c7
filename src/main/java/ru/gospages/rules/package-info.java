/** The rules a submitted row is checked against: identifiers, vocabularies, reference lists, page keys and problem codes. */
package ru.gospages.rules;
