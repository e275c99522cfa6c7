package ru.gospages.figures;

import java.util.List;

/**
 * The verification figures of a period: every municipality in reference order (the regional
 * level first) and the total, which counts each page once.
 */
public record Figures(List<MunicipalityFigures> municipalities, MunicipalityFigures total) {

    public Figures {
        municipalities = List.copyOf(municipalities);
    }
}
