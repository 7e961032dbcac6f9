package cn.dalian.laborbrand.notification.contacts;

/**
 * Where the platform writes to a unit, in clear: for sending only, never for logs or answers (mask them there).
 *
 * @param contactName the person in charge, whom messages are addressed to
 * @param email       the unit's contact e-mail, or null
 * @param mobile      the contact's mobile number, or null
 */
public record UnitContacts(String orgId, String legalName, String district, String contactName, String email, String mobile,
        int version) {

    @Override
    public String toString() {
        // the record's own toString would print the addresses in clear into any log line it lands in
        return "UnitContacts[orgId=" + orgId + ", version=" + version + "]";
    }
}
