/**
 * Roster: the client to application-service for a brand's roster workers (masked) and one worker's disclosure, with
 * the caller's own token relayed; the adapter of the call-backs' {@code RosterWorkers} port.
 */
@ApplicationModule(displayName = "花名册 roster")
package cn.dalian.laborbrand.registry.roster;

import org.springframework.modulith.ApplicationModule;
