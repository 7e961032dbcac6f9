package cn.dalian.laborbrand.application.evidence;

import java.util.List;

/**
 * The kinds of material (申报材料) the notice asks for beside Attachment 1, in the notice's order, and the district
 * bureau's own files of its on-site inspection. Each kind takes documents (PDF or a scan as JPEG/PNG) or, for the
 * roster, a table (XLSX or CSV); the roster arrives only through the roster import, which checks it row by row.
 */
public enum MaterialKind {
    ATTACHMENT_TWO("附件2 推荐对象征求意见表", Format.DOCUMENT),
    BUSINESS_LICENCE("营业执照或法人登记证书", Format.DOCUMENT),
    APPLICATION_REPORT("申报报告", Format.DOCUMENT),
    TRAINING_EVIDENCE("培训佐证材料：课程、学员、考核结果", Format.DOCUMENT),
    ROSTER("务工人员花名册", Format.TABLE),
    OUTPUT_AGREEMENTS("有组织输出协议", Format.DOCUMENT),
    OUT_OF_PROVINCE_PROOFS("省外务工人员劳动（派遣）合同及社保缴纳证明", Format.DOCUMENT),
    LABOUR_RULES("劳动规章制度", Format.DOCUMENT),
    COLLECTIVE_CONTRACT("集体合同", Format.DOCUMENT),
    COORDINATION_BODY("劳动关系协调机构及其制度、协调员", Format.DOCUMENT),
    /** The district bureau's record and photos of its on-site inspection (实地查验): never the unit's, never on its checklist. */
    INSPECTION_RECORD("实地查验记录及现场照片", Format.DOCUMENT);

    /** What a kind's files may be: the media types as they are stored (sniffed from the bytes) and as a person reads them. */
    public enum Format {
        DOCUMENT(List.of(MediaTypes.PDF, MediaTypes.JPEG, MediaTypes.PNG), "PDF、JPEG、PNG"),
        TABLE(List.of(MediaTypes.XLSX, MediaTypes.CSV), "XLSX、CSV");

        private final List<String> mediaTypes;
        private final String names;

        Format(List<String> mediaTypes, String names) {
            this.mediaTypes = mediaTypes;
            this.names = names;
        }

        public List<String> mediaTypes() {
            return mediaTypes;
        }

        /** "PDF、JPEG、PNG" */
        public String names() {
            return names;
        }
    }

    private final String label;
    private final Format format;

    MaterialKind(String label, Format format) {
        this.label = label;
        this.format = format;
    }

    public String label() {
        return label;
    }

    public Format format() {
        return format;
    }

    /** Whether the unit hands files of this kind in (a material of its application), rather than the reviewing bureau. */
    public boolean handedInByUnit() {
        return this != INSPECTION_RECORD;
    }

    /** Whether files of this kind arrive only through the roster import (花名册导入), never through the upload endpoint. */
    public boolean onlyThroughRosterImport() {
        return this == ROSTER;
    }
}
