/**
 * Publicity: the public notice (公示) of a selected brand, its window of working days and its closing when
 * the last day has passed. Owns the {@code public_notice} table; publishes {@code PublicityStarted} and
 * {@code PublicityEnded}.
 */
@ApplicationModule(displayName = "公示 publicity")
package cn.dalian.laborbrand.review.publicity;

import org.springframework.modulith.ApplicationModule;
