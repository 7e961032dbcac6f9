package cn.dalian.laborbrand.review.casework;

import java.time.LocalDate;

/**
 * The conclusion of a case's on-site inspection.
 *
 * @param confirmed whether the inspectors found the application true to the facts (查验属实); a case whose inspection did
 *                  not confirm it cannot be selected
 * @param conclusion the inspectors' conclusion in their words
 */
public record InspectionOutcome(LocalDate inspectedOn, boolean confirmed, String conclusion) {
}
