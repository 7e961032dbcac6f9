package cn.dalian.laborbrand.application.evidence;

/** The media types evidence files are stored as (and the roster's spreadsheets are served as). */
public final class MediaTypes {

    static final String PDF = "application/pdf";
    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv";

    private MediaTypes() {
    }
}
