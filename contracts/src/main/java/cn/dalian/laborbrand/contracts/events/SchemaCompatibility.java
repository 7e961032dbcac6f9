package cn.dalian.laborbrand.contracts.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * The compatibility rule of {@link SchemaVersion} applied to two schemas of one major version: what a later minor
 * may change about an earlier one. It may add properties, optional ones only; every property of the earlier
 * minor keeps its definition, the required ones stay exactly those, and objects stay closed or open as they were.
 * Consumers of either minor then read messages of the other (the tolerant reader ignores what it does not know).
 */
public final class SchemaCompatibility {

    private SchemaCompatibility() {
    }

    /** What the later schema breaks of the earlier one; empty when it is a compatible minor version. */
    public static List<String> breaksOf(JsonNode earlier, JsonNode later) {
        List<String> breaks = new ArrayList<>();
        compare(earlier, later, "", breaks);
        return breaks;
    }

    private static void compare(JsonNode earlier, JsonNode later, String path, List<String> breaks) {
        if (earlier.has("properties")) {
            compareObjects(earlier, later, path, breaks);
        } else if (earlier.has("items") && later.has("items")) {
            compareWithout(earlier, later, "items", path, breaks);
            compare(earlier.get("items"), later.get("items"), path + "[]", breaks);
        } else if (!earlier.equals(later)) {
            breaks.add(where(path) + " changed from " + earlier + " to " + later);
        }
    }

    private static void compareObjects(JsonNode earlier, JsonNode later, String path, List<String> breaks) {
        if (!later.has("properties")) {
            breaks.add(where(path) + " is no longer an object with properties");
            return;
        }
        Set<String> required = names(earlier.path("required"));
        Set<String> laterRequired = names(later.path("required"));
        if (!required.equals(laterRequired)) {
            breaks.add(where(path) + " requires " + laterRequired + " instead of " + required
                    + " (a new field of a minor version is optional; dropping a required one is a major change)");
        }
        if (!earlier.path("additionalProperties").equals(later.path("additionalProperties"))) {
            breaks.add(where(path) + " changed additionalProperties");
        }
        for (String property : earlier.get("properties").propertyNames()) {
            JsonNode kept = later.get("properties").get(property);
            if (kept == null) {
                breaks.add(where(path + "." + property) + " was removed");
            } else {
                compare(earlier.get("properties").get(property), kept, path + "." + property, breaks);
            }
        }
        compareWithout(earlier, later, "properties", path, breaks);
    }

    /** The keywords beside the one compared in depth (type, description aside) must stay as they were. */
    private static void compareWithout(JsonNode earlier, JsonNode later, String deep, String path, List<String> breaks) {
        Set<String> keywords = new HashSet<>(earlier.propertyNames());
        keywords.addAll(later.propertyNames());
        keywords.removeAll(Set.of(deep, "required", "additionalProperties", "title", "description", "$schema"));
        for (String keyword : keywords) {
            if (!earlier.path(keyword).equals(later.path(keyword))) {
                breaks.add(where(path) + " changed " + keyword + " from " + earlier.path(keyword) + " to " + later.path(keyword));
            }
        }
    }

    private static Set<String> names(JsonNode array) {
        Set<String> names = new HashSet<>();
        array.forEach(name -> names.add(name.asString()));
        return names;
    }

    private static String where(String path) {
        return path.isEmpty() ? "the payload" : path.substring(1);
    }
}
