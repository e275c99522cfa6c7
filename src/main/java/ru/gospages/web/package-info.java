/**
 * The web application of {@code serve} (SPEC 10): wiring, the two security chains (pages with a form
 * login and CSRF; {@code /api/**} with bearer tokens), the limits of uploads, error pages and the
 * common layout. Every bean here exists only in a servlet context: the other commands never see it.
 */
package ru.gospages.web;
