/**
 * Text as people type it, cleaned and folded: {@link ru.gospages.text.CellText} (spaces, invisible
 * characters), {@link ru.gospages.text.Names} (the folding key two spellings compare by),
 * {@link ru.gospages.text.SpellingCache} and {@link ru.gospages.text.Lengths}. A leaf: imports no
 * other package of gospages.
 */
package ru.gospages.text;
