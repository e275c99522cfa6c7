package ru.gospages.publish.files;

/**
 * The few cell styles of a written workbook and the styles part that defines them. Cells refer to
 * a style by its index; a workbook has these five whatever its size (Excel caps a workbook at
 * about 64,000 styles, so a style per cell would break large files).
 */
final class XlsxStyles {

    /** No style attribute: the workbook's default style 0. */
    static final int NONE = 0;
    /** Bold, wrapped, top-aligned: long titles such as «Перенесена из прошлого периода» wrap instead of widening the column. */
    static final int HEADER = 1;
    /** Format "0" rather than General: General turns 12-digit numbers into 1.23E+11. */
    static final int INTEGER = 2;
    /** Format "0.0", e.g. a percentage 91.0. */
    static final int DECIMAL = 3;
    /** Blue and underlined, as a clickable address looks. */
    static final int LINK = 4;
    static final int COUNT = 5;

    // font 0 and the two fills are what Excel requires of every workbook; numFmtId 1 is Excel's built-in "0"
    static final String PART = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"/></numFmts>\
            <fonts count="3">\
            <font><sz val="11"/><color indexed="8"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>\
            <font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
            <font><u val="single"/><sz val="11"/><color indexed="12"/><name val="Calibri"/><family val="2"/></font>\
            </fonts>\
            <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
            <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
            <cellXfs count="5">\
            <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
            <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1">\
            <alignment vertical="top" wrapText="1"/></xf>\
            <xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
            <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
            <xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
            </cellXfs>\
            <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
            </styleSheet>""";

    private XlsxStyles() {
    }
}
