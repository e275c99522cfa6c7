/**
 * gospages: monthly spreadsheets of agencies' official pages in, a verified registry, figures and
 * open data out. Packages in layers, each importing only from those below it (README, «Where things
 * are»; {@code LayersTest} fails on an import that runs back up).
 */
package ru.gospages;
