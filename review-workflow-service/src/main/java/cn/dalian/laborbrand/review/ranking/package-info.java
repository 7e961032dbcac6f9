/**
 * Ranking: the order in which the city reads the brands the districts recommended, with the tie-break of the notice
 * (同等条件下, pairing with poverty-alleviated areas, key assisted areas first), and the pairings districts record.
 * Owns {@code poverty_pairing}; reads cases through casework and pre-checks through precheck.
 */
@ApplicationModule(displayName = "推荐排序 ranking")
package cn.dalian.laborbrand.review.ranking;

import org.springframework.modulith.ApplicationModule;
