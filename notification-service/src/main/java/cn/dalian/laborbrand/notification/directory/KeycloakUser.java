package cn.dalian.laborbrand.notification.directory;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A user as Keycloak's Admin REST API answers ({@code UserRepresentation}, full representation), with the fields the
 * directory reads; Keycloak's other fields are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record KeycloakUser(String username, String firstName, String lastName, String email, Boolean enabled,
        Map<String, List<String>> attributes, String serviceAccountClientId) {

    /** The first value of an attribute (Keycloak keeps every attribute as a list), blank ones as none. */
    Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes).map(all -> all.get(name)).flatMap(values -> values.stream().findFirst())
                .map(String::strip).filter(value -> !value.isEmpty());
    }

    /** An enabled account of a person: a client's service account (e.g. the provincial system's) holds roles but reads no mail. */
    boolean isEnabledPerson() {
        return Boolean.TRUE.equals(enabled) && serviceAccountClientId == null;
    }

    /** The member of staff: the name as a Chinese name reads, family name first and no space (张伟), else the username. */
    StaffMember toMember() {
        String name = (blankless(lastName) + blankless(firstName));
        return new StaffMember(username, name.isEmpty() ? username : name, blankToNull(email), attribute("mobile").orElse(null));
    }

    private static String blankless(String part) {
        return part == null ? "" : part.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
