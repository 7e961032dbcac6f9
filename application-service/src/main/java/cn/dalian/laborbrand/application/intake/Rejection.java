package cn.dalian.laborbrand.application.intake;

import java.time.Instant;

/**
 * Why the review did not take an application further (不予通过), as the unit reads it.
 *
 * @param stage the review stage it was rejected at ({@code DISTRICT_REVIEW}, {@code PUBLICITY}, {@code CITY_REVIEW}, …)
 */
public record Rejection(String stage, String reason, String rejectedBy, Instant rejectedAt) {
}
