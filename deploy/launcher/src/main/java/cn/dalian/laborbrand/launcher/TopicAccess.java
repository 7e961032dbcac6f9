package cn.dalian.laborbrand.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which Kafka user may write and read which topic and use which consumer group, as {@code deploy/kafka/topic-access.txt}
 * lists it; the launcher's broker and Compose's ({@code deploy/kafka/kafka-access.sh}) both grant exactly this.
 */
record TopicAccess(List<Grant> grants) {

    /** Where the file is, relative to the repository root. */
    static final String FILE = "deploy/kafka/topic-access.txt";

    enum Kind { WRITES, READS, GROUP }

    /** One line of the file: a user, what it may do, on which topic (or group). */
    record Grant(String user, Kind kind, String resource) {
    }

    TopicAccess {
        grants = List.copyOf(grants);
    }

    static TopicAccess read(Path file) {
        List<Grant> grants = new ArrayList<>();
        try {
            int number = 0;
            for (String line : Files.readAllLines(file)) {
                number++;
                String content = line.strip();
                if (content.isEmpty() || content.startsWith("#")) {
                    continue;
                }
                String[] fields = content.split("\\s+");
                if (fields.length != 3) {
                    throw new LaunchException(file + " line " + number + ": expected '<user> writes|reads|group <name>', found '" + content + "'");
                }
                Kind kind;
                try {
                    kind = Kind.valueOf(fields[1].toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new LaunchException(file + " line " + number + ": '" + fields[1] + "' is not writes, reads or group", e);
                }
                grants.add(new Grant(fields[0], kind, fields[2]));
            }
        } catch (IOException e) {
            throw new LaunchException("could not read the Kafka access list " + file + ": " + e.getMessage(), e);
        }
        return new TopicAccess(grants);
    }

    /** Every user the file names, in its order. */
    Set<String> users() {
        Set<String> users = new LinkedHashSet<>();
        grants.forEach(grant -> users.add(grant.user()));
        return users;
    }

    /** The topics, groups (by kind) one user is granted. */
    Set<String> of(String user, Kind kind) {
        Set<String> resources = new LinkedHashSet<>();
        grants.stream().filter(grant -> grant.user().equals(user) && grant.kind() == kind).forEach(grant -> resources.add(grant.resource()));
        return resources;
    }

    /** Every topic somebody writes: the ones the launcher creates before anyone reads them. */
    Set<String> writtenTopics() {
        Set<String> topics = new LinkedHashSet<>();
        grants.stream().filter(grant -> grant.kind() == Kind.WRITES).forEach(grant -> topics.add(grant.resource()));
        return topics;
    }
}
