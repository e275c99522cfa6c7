/**
 * Where a figure is computed (SPEC 6.3): {@link ru.gospages.figures.FiguresCalculator}, fed the
 * registry page by page, the counts per platform and municipality, and {@link ru.gospages.figures.Percent}
 * (half up). Kept in the work folder between steps by {@link ru.gospages.figures.FiguresFile}.
 */
package ru.gospages.figures;
