package cn.dalian.laborbrand.notification.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import cn.dalian.laborbrand.notification.inbox.Recipient;
import cn.dalian.laborbrand.platform.security.Role;

/**
 * The staff behind a recipient, from Keycloak's Admin REST API, enabled users only. An answer is kept for
 * {@code cache-ttl}; when Keycloak cannot answer, an older answer (up to {@code stale-for}) is served rather than holding
 * messages back, since reviewers rarely change; with none, the caller is told to try again later.
 */
@Service
public class StaffDirectory {

    private static final Logger log = LoggerFactory.getLogger(StaffDirectory.class);
    static final String DISTRICT_ATTRIBUTE = "district";

    private final KeycloakAdmin keycloak;
    private final DirectoryProperties properties;
    private final Clock clock;
    private final Cache<Recipient, Answer> answers;

    StaffDirectory(KeycloakAdmin keycloak, DirectoryProperties properties, Clock clock) {
        this.keycloak = keycloak;
        this.properties = properties;
        this.clock = clock;
        this.answers = Caffeine.newBuilder().maximumSize(1_000).build();
    }

    /**
     * The people a staff recipient stands for: everybody holding a ROLE, the district reviewers of a DISTRICT, the one
     * PERSON. Never an ORGANISATION (units are reached through their contacts).
     *
     * @throws DirectoryUnavailableException when Keycloak cannot answer now
     */
    public List<StaffMember> membersOf(Recipient recipient) {
        if (recipient.kind() == Recipient.Kind.ORGANISATION) {
            throw new IllegalArgumentException("a unit is reached through its contacts, not the staff directory");
        }
        Instant now = clock.instant();
        Answer kept = answers.getIfPresent(recipient);
        if (kept != null && kept.fetchedAt().plus(properties.cacheTtl()).isAfter(now)) {
            return kept.members();
        }
        try {
            List<StaffMember> members = StaffMembers.of(recipient, fetch(recipient));
            answers.put(recipient, new Answer(members, now));
            return members;
        } catch (DirectoryUnavailableException e) {
            if (kept != null && kept.fetchedAt().plus(properties.staleFor()).isAfter(now)) {
                log.warn("Keycloak cannot answer who {} {} is; using the answer of {}: {}", recipient.kind(), recipient.id(), kept.fetchedAt(),
                        e.getMessage());
                return kept.members();
            }
            throw e;
        }
    }

    private List<KeycloakUser> fetch(Recipient recipient) {
        return switch (recipient.kind()) {
            case ROLE -> keycloak.usersInRole(recipient.id());
            case DISTRICT -> keycloak.usersInRole(Role.DISTRICT_REVIEWER.name());
            case PERSON -> keycloak.usersNamed(recipient.id());
            case ORGANISATION -> throw new IllegalStateException("checked above");
        };
    }

    private record Answer(List<StaffMember> members, Instant fetchedAt) {
    }
}
