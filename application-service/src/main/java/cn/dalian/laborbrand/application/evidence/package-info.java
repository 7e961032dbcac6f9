/**
 * Evidence (申报材料): the files an applicant unit hands in with its application (Attachment 2, the business licence,
 * the application report, training evidence, the worker roster, output agreements, out-of-province proofs, labour
 * rules, the collective contract, the coordination body) and the district bureau's files of its on-site inspection of
 * an application under review (never the unit's to see), the checklist of which materials an application must have
 * (per campaign, unit type, level and kind of output), and where their bytes are kept ({@link
 * cn.dalian.laborbrand.application.evidence.EvidenceStore}: PostgreSQL or an S3-compatible object store). Owns the
 * {@code material_requirement}, {@code material_file}, {@code evidence_object} and {@code evidence_chunk} tables;
 * answers intake's {@code MaterialsCheck} so that an application lacking a mandatory material is not handed in.
 */
@ApplicationModule(displayName = "申报材料 evidence")
package cn.dalian.laborbrand.application.evidence;

import org.springframework.modulith.ApplicationModule;
