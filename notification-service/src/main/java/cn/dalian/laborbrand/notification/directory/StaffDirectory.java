package cn.dalian.laborbrand.notification.directory;

import java.util.List;

import org.springframework.stereotype.Service;

import cn.dalian.laborbrand.notification.inbox.Recipient;

/** SEAM (lead, issue 14): the staff behind a recipient, from Keycloak's Admin REST API. Implemented by the directory helper. */
@Service
public class StaffDirectory {

    /**
     * The people a staff recipient stands for: everybody holding a ROLE, the district reviewers of a DISTRICT, the one
     * PERSON. Never an ORGANISATION (units are reached through their contacts).
     *
     * @throws DirectoryUnavailableException when Keycloak cannot answer now
     */
    public List<StaffMember> membersOf(Recipient recipient) {
        throw new UnsupportedOperationException("seam: the directory helper implements it");
    }
}
