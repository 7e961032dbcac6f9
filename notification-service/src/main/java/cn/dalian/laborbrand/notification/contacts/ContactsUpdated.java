package cn.dalian.laborbrand.notification.contacts;

/** A unit's contacts changed (within the transaction that kept them): messages waiting for them may go now. */
public record ContactsUpdated(String orgId) {
}
