package cn.dalian.laborbrand.contracts.events;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The version of an event's payload schema, {@code MAJOR.MINOR}, written as {@code "1.2"}. The compatibility
 * rule every producer and consumer keeps (see contracts/README.md):
 * <ul>
 * <li>a <b>minor</b> version only adds optional fields; a consumer reads every minor version of its major,
 * older ones (the added fields are absent) and newer ones (the fields it does not know are ignored);</li>
 * <li>anything else (a field removed, renamed, retyped, made required, a meaning changed) is a new <b>major</b>
 * version, with its own schema file; a consumer refuses a major version it does not read, and the message goes
 * to its dead-letter topic with that reason.</li>
 * </ul>
 */
public record SchemaVersion(int major, int minor) implements Comparable<SchemaVersion> {

    private static final Pattern WRITTEN = Pattern.compile("([1-9][0-9]{0,3})(?:\\.([0-9]{1,4}))?");

    public SchemaVersion {
        if (major < 1 || minor < 0) {
            throw new IllegalArgumentException("schema versions start at 1.0, not " + major + "." + minor);
        }
    }

    public static SchemaVersion of(int major, int minor) {
        return new SchemaVersion(major, minor);
    }

    /** {@code "1.2"}; a bare major ({@code "1"}) is its minor 0. */
    @JsonCreator
    public static SchemaVersion parse(String written) {
        Matcher matcher = WRITTEN.matcher(written == null ? "" : written.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("\"" + written + "\" is not a schema version such as 1.0");
        }
        return new SchemaVersion(Integer.parseInt(matcher.group(1)), matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2)));
    }

    /** Whether a consumer reading this version can read a message written at the other: the same major. */
    public boolean reads(SchemaVersion written) {
        return major == written.major;
    }

    public SchemaVersion nextMinor() {
        return new SchemaVersion(major, minor + 1);
    }

    public SchemaVersion nextMajor() {
        return new SchemaVersion(major + 1, 0);
    }

    @Override
    public int compareTo(SchemaVersion other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    @JsonValue
    @Override
    public String toString() {
        return major + "." + minor;
    }
}
