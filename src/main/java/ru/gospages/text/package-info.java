/**
 * Text as people type it, cleaned and folded: {@link ru.gospages.text.CellText} (spaces, invisible
 * characters), {@link ru.gospages.text.Names} (the folding key two spellings compare by),
 * {@link ru.gospages.text.SpellingCache}, {@link ru.gospages.text.Lengths}, and
 * {@link ru.gospages.text.Utf8} (UTF-8 encoded in place for the work files and CSV outputs). A leaf: imports no
 * other package of gospages.
 */
package ru.gospages.text;
