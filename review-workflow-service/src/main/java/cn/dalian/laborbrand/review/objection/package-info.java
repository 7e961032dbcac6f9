/**
 * Objection: what the public sends against a brand during its notice (异议): a signed challenge and an hourly limit per
 * client address against abuse, the receipt and query code the person keeps, the district's investigation and its
 * decision (upheld: the case rejected or its city level withdrawn; dismissed: the case goes on). An open objection holds
 * the case back from the city ({@link cn.dalian.laborbrand.review.publicity.ForwardingHold}). Owns the {@code objection}
 * and {@code objection_note} tables; publishes {@code ObjectionLodged} and {@code ObjectionResolved}.
 */
@ApplicationModule(displayName = "异议 objection")
package cn.dalian.laborbrand.review.objection;

import org.springframework.modulith.ApplicationModule;
