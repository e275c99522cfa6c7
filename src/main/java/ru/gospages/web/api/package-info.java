/** The API for scripts (SPEC 10.4): the check of files and the figures of past periods, as JSON. */
package ru.gospages.web.api;
