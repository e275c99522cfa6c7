package ru.gospages.publish.portal.ckan;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import ru.gospages.problems.Messages;
import ru.gospages.publish.portal.tree.Delivery;
import ru.gospages.publish.portal.tree.OpenDataTree;
import ru.gospages.publish.portal.tree.Target;
import ru.gospages.publish.portal.tree.TreeFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code --target=ckan} (SPEC 11): one CKAN dataset per open-data set, named by its identifier in
 * lower case, its passport in the dataset's title, notes and extras; one resource per file, named by
 * the file name. Only sysadmins may choose ids, so everything is matched by name. Our SHA-256 is kept
 * in the resource field {@value #SHA256_FIELD} (XLoader overwrites {@code hash} with its own MD5): a
 * file whose digest is there already is not sent, so publishing twice changes nothing. A data version
 * is uploaded once and never overwritten (a CKAN resource holds one file: uploading again would
 * replace the version readers cite); the passport and the structure are replaced when their bytes
 * change. Afterwards the dataset is read back and the sizes compared.
 */
public final class CkanTarget implements Target {

    static final String SHA256_FIELD = "gospages_sha256";
    /** Passport rows that are the dataset's title and notes, or file addresses of the static tree. */
    private static final Set<String> NOT_EXTRAS = Set.of("property", "title", "description");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CkanClient client;
    private final String url;
    private final String ownerOrg;

    public CkanTarget(CkanClient client, String url, String ownerOrg) {
        this.client = client;
        this.url = url;
        this.ownerOrg = ownerOrg;
    }

    @Override
    public String destination() {
        return CkanClient.base(url);
    }

    @Override
    public void publish(OpenDataTree tree, YearMonth period, Delivery delivery) {
        for (String dataset : tree.datasets()) {
            publishDataset(tree, dataset, delivery);
        }
        tree.files().stream().filter(f -> f.dataset().isEmpty()).findAny()
                .ifPresent(f -> delivery.say(Messages.text("publish.ckan.publisherFiles")));
    }

    private void publishDataset(OpenDataTree tree, String dataset, Delivery delivery) {
        String name = dataset.toLowerCase(Locale.ROOT);
        Map<String, String> passport = tree.passport(dataset);
        JsonNode found = ensureDataset(name, passport, delivery);
        String packageId = found.path("id").asString();
        Map<String, JsonNode> resources = new LinkedHashMap<>();
        found.path("resources").values().forEach(r -> resources.putIfAbsent(r.path("name").asString(""), r));
        List<TreeFile> uploaded = new ArrayList<>();
        for (TreeFile file : tree.files(dataset)) {
            String sha256 = file.sha256();
            JsonNode resource = resources.get(file.name());
            if (resource != null && sha256.equals(resource.path(SHA256_FIELD).asString(""))) {
                delivery.same(file, sha256, resource.path("id").asString());
            } else if (resource == null) {
                JsonNode created = client.upload("resource_create", fields(file, sha256, "package_id", packageId), file.file());
                delivery.sent(file, sha256, created.path("id").asString());
                uploaded.add(file);
            } else if (file.kind() == TreeFile.Kind.DATA) {
                delivery.kept(file, sha256, resource.path("id").asString(),
                        Messages.text("publish.ckan.versionDiffers", file.path(), name));
            } else {
                JsonNode updated = client.upload("resource_update",
                        fields(file, sha256, "id", resource.path("id").asString()), file.file());
                delivery.sent(file, sha256, updated.path("id").asString());
                uploaded.add(file);
            }
        }
        if (!uploaded.isEmpty()) {
            readBack(name, uploaded, delivery);
        }
    }

    /** The dataset by name: created when missing, its passport fields patched when they differ. */
    private JsonNode ensureDataset(String name, Map<String, String> passport, Delivery delivery) {
        ObjectNode wanted = JSON.createObjectNode();
        wanted.put("title", passport.getOrDefault("title", name));
        wanted.put("notes", passport.getOrDefault("description", ""));
        ArrayNode extras = wanted.putArray("extras");
        passport.forEach((key, value) -> {
            if (!NOT_EXTRAS.contains(key) && !key.startsWith("data-") && !key.startsWith("structure-")) {
                extras.addObject().put("key", key).put("value", value);
            }
        });
        JsonNode found;
        try {
            found = client.packageShow(name);
        } catch (CkanException e) {
            if (!e.notFound()) {
                throw e;
            }
            ObjectNode create = wanted.deepCopy();
            create.put("name", name);
            create.put("owner_org", ownerOrg);
            JsonNode created = client.post("package_create", create);
            delivery.say(Messages.text("publish.ckan.created", name, created.path("id").asString()));
            return created;
        }
        if (!samePassport(found, wanted)) {
            ObjectNode patch = wanted.deepCopy();
            patch.put("id", found.path("id").asString());
            // package_patch with no "resources" key leaves the resources as they are
            found = client.post("package_patch", patch);
            delivery.say(Messages.text("publish.ckan.patched", name));
        }
        return found;
    }

    private static boolean samePassport(JsonNode found, ObjectNode wanted) {
        return found.path("title").asString("").equals(wanted.path("title").asString())
                && found.path("notes").asString("").equals(wanted.path("notes").asString())
                && extras(found).equals(extras(wanted));
    }

    private static Map<String, String> extras(JsonNode dataset) {
        Map<String, String> extras = new LinkedHashMap<>();
        dataset.path("extras").values().forEach(e -> extras.put(e.path("key").asString(""), e.path("value").asString("")));
        return extras;
    }

    private static Map<String, String> fields(TreeFile file, String sha256, String key, String value) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(key, value);
        fields.put("name", file.name());
        fields.put("format", file.name().endsWith(".json") ? "JSON" : "CSV");
        fields.put(SHA256_FIELD, sha256);
        return fields;
    }

    /** {@code package_show} after the uploads: each uploaded file must be there with its size and digest. */
    private void readBack(String name, List<TreeFile> uploaded, Delivery delivery) {
        Map<String, JsonNode> resources = new LinkedHashMap<>();
        client.packageShow(name).path("resources").values().forEach(r -> resources.putIfAbsent(r.path("name").asString(""), r));
        for (TreeFile file : uploaded) {
            JsonNode resource = resources.get(file.name());
            if (resource == null || !file.sha256().equals(resource.path(SHA256_FIELD).asString(""))) {
                throw new CkanException(Messages.text("publish.ckan.readBack.missing", file.path(), name),
                        "package_show", 200, "");
            }
            JsonNode size = resource.path("size");
            if (size.isNumber() && size.asLong() != file.bytes()) {
                throw new CkanException(Messages.text("publish.ckan.readBack.size", file.path(), name,
                        size.asLong(), file.bytes()), "package_show", 200, "");
            }
            if (!size.isNumber()) {
                delivery.say(Messages.text("publish.ckan.readBack.noSize", file.path()));
            }
        }
    }
}
