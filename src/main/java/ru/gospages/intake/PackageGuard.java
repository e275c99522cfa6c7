package ru.gospages.intake;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Passes the parts POI parses into DOM trees when it opens a package — the content types, every
 * relationships part and the core properties — through {@link XmlMarkupGuard} before POI sees them.
 * Our own readers guard the parts they parse (workbook, sheets, shared strings, styles) as they read
 * them, so the large parts are inflated once. The core properties are found as POI finds them: by
 * content type, from an override of their part name or a default for their extension.
 */
final class PackageGuard {

    private static final String CONTENT_TYPES = "[content_types].xml";
    private static final String CORE_PROPERTIES = "application/vnd.openxmlformats-package.core-properties+xml";

    private PackageGuard() {
    }

    /** Throws what the guard throws (through the parser) at the first part with markup over the limit. */
    static void check(ZipFile zip) throws IOException, XMLStreamException {
        List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
        ZipArchiveEntry types = entries.stream().filter(entry -> name(entry).equals(CONTENT_TYPES)).findFirst().orElse(null);
        if (types == null) {
            return;
        }
        Set<String> coreNames = new HashSet<>();
        Set<String> coreExtensions = new HashSet<>();
        coreProperties(zip, types, coreNames, coreExtensions);
        for (ZipArchiveEntry entry : entries) {
            String name = name(entry);
            if (name.endsWith(".rels") || coreNames.contains(name) || coreExtensions.contains(extension(name))) {
                drain(zip, entry);
            }
        }
    }

    /** Reads the content types (guarded) for the part names and extensions typed as core properties. */
    private static void coreProperties(ZipFile zip, ZipArchiveEntry types, Set<String> names, Set<String> extensions)
            throws IOException, XMLStreamException {
        try (InputStream in = zip.getInputStream(types)) {
            XMLStreamReader xml = SafeXml.reader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT
                            || !CORE_PROPERTIES.equalsIgnoreCase(SafeXml.attribute(xml, "ContentType"))) {
                        continue;
                    }
                    String partName = SafeXml.attribute(xml, "PartName");
                    String extension = SafeXml.attribute(xml, "Extension");
                    if (partName != null) {
                        names.add(lower(partName.startsWith("/") ? partName.substring(1) : partName));
                    }
                    if (extension != null) {
                        extensions.add(lower(extension));
                    }
                }
            } finally {
                xml.close();
            }
        }
    }

    private static void drain(ZipFile zip, ZipArchiveEntry entry) throws IOException {
        byte[] buffer = new byte[8192];
        try (InputStream in = new XmlMarkupGuard(zip.getInputStream(entry))) {
            while (in.read(buffer) >= 0) {
                // the guard looks at every byte
            }
        }
    }

    private static String name(ZipArchiveEntry entry) {
        return lower(entry.getName());
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
