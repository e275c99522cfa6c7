/**
 * Where a figure is computed (SPEC 6.3): {@link ru.gospages.figures.FiguresCalculator}, fed the
 * registry page by page, the counts per platform and municipality, and {@link ru.gospages.figures.Percent}
 * (half up). Kept in the work folder between steps by {@link ru.gospages.figures.FiguresFile}. With an
 * organisation directory (SPEC 13), {@link ru.gospages.figures.DirectoryCalculator} computes each obligated
 * organisation's standing and the {@code directory} blocks ({@link ru.gospages.figures.DirectoryFigures}).
 */
package ru.gospages.figures;
