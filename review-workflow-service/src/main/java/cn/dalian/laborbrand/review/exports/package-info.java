/**
 * Exports: the documents reviewers hand on or print, rendered from what the other features keep. The notice list
 * (公示名单, XLSX and PDF), the city submission package of a district (报送市级材料包: a ZIP with each case's Attachment 1,
 * the district's opinion, the on-site inspection record, the unit's materials and the inspection's photos and documents
 * from application-service) and the leading group's approval list (核准认定名单, XLSX and PDF). Owns no table; reads
 * cases, notices, pre-checks and inspection records through their public services.
 */
@ApplicationModule(displayName = "导出 exports")
package cn.dalian.laborbrand.review.exports;

import org.springframework.modulith.ApplicationModule;
