package ru.gospages.publish.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import ru.gospages.publish.files.Table;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code opendata/datapackage.json}: a Frictionless Data Package (v2) whose resources are the newest
 * data file of each open-data set, with size, SHA-256 and the Table Schema of its fields, taken
 * from the same {@link OpenDataset} definition as the structure files.
 */
public final class DataPackage {

    static final String PACKAGE_SCHEMA = "https://datapackage.org/profiles/2.0/datapackage.json";
    static final String TABLE_SCHEMA = "https://datapackage.org/profiles/2.0/tableschema.json";

    /** One data file: its set, titles, path relative to the package and what the file holds. */
    public record Resource(OpenDataset<?> dataset, String name, String title, String description, String path,
                           long bytes, String sha256) {
    }

    private final JsonMapper mapper = JsonMapper.builder().build();
    private final ObjectWriter writer;

    public DataPackage() {
        // LF and two spaces whatever the platform, like summary.json: the same data give the same bytes
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        writer = mapper.writer().with(new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter).withArrayIndenter(indenter));
    }

    /** The descriptor's text, ending with a line break. */
    public String toJson(String name, String title, List<Resource> resources) {
        ObjectNode root = mapper.createObjectNode();
        root.put("$schema", PACKAGE_SCHEMA);
        root.put("name", name);
        root.put("title", title);
        ArrayNode array = root.putArray("resources");
        for (Resource resource : resources) {
            array.add(resource(resource));
        }
        return writer.writeValueAsString(root) + "\n";
    }

    public void write(String name, String title, List<Resource> resources, Path file) throws IOException {
        Files.writeString(file, toJson(name, title, resources), StandardCharsets.UTF_8);
    }

    /** The {@code sha256:<hex>} hash of a file, the form Data Package v2 gives for algorithms other than MD5. */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return "sha256:" + HexFormat.of().formatHex(digest.digest());
    }

    private ObjectNode resource(Resource resource) {
        ObjectNode node = mapper.createObjectNode();
        node.put("name", resource.name());
        node.put("type", "table");
        node.put("path", resource.path());
        node.put("title", resource.title());
        node.put("description", resource.description());
        node.put("format", "csv");
        node.put("mediatype", "text/csv");
        node.put("encoding", "utf-8");
        node.put("bytes", resource.bytes());
        node.put("hash", resource.sha256());
        node.set("schema", schema(resource.dataset()));
        return node;
    }

    private ObjectNode schema(OpenDataset<?> dataset) {
        ObjectNode schema = mapper.createObjectNode();
        schema.put("$schema", TABLE_SCHEMA);
        ArrayNode fields = schema.putArray("fields");
        for (OpenDataField field : dataset.fields()) {
            ObjectNode node = fields.addObject();
            node.put("name", field.name());
            node.put("type", field.schemaType());
            field.schemaFormat().ifPresent(format -> node.put("format", format));
            node.put("title", field.title());
            node.put("description", field.russian());
        }
        ArrayNode key = schema.putArray("primaryKey");
        dataset.primaryKey().forEach(key::add);
        // an empty cell is an absent value (no followers given, no pages to take a share of)
        schema.putArray("missingValues").add("");
        return schema;
    }
}
