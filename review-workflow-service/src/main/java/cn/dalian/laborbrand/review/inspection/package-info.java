/**
 * Inspection: the district bureau's on-site inspection (实地查验) of each case before it decides — the date, the
 * inspectors, a checklist of the pre-check's criteria and the materials to see on site with a finding for each, the
 * photos and documents (kept in application-service's evidence storage, referenced here), and the conclusion. Owns the
 * {@code inspection_record} table; answers casework's {@code InspectionRecords} port.
 */
@ApplicationModule(displayName = "实地查验 inspection")
package cn.dalian.laborbrand.review.inspection;

import org.springframework.modulith.ApplicationModule;
