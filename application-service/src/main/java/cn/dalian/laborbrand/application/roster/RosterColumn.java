package cn.dalian.laborbrand.application.roster;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The columns of the roster template, in its order, with the header a unit sees. A file may order them differently:
 * they are found by their header.
 */
public enum RosterColumn {
    NAME("姓名", true),
    ID_NUMBER("身份证号码", true),
    PHONE("手机号码", true),
    YEAR("年度", true),
    ROLE("人员类别", true),
    TRAINED("是否参加特色培训", true),
    PASSED("培训是否合格", true),
    EMPLOYER("就业单位", false),
    EMPLOYER_IN_DALIAN("就业单位是否在大连", false),
    OUT_OF_PROVINCE("是否省外输出", false),
    CONTRACT_REF("劳动（派遣）合同编号", false),
    INSURANCE_REF("省外社保缴纳证明编号", false);

    /** Written for the unit's own absorption (自主吸纳) in the employer column; the unit's legal name means the same. */
    public static final String OWN_UNIT = "本单位";
    public static final String MANAGEMENT = "管理人员";
    public static final String WORKER = "务工人员";
    public static final String YES = "是";
    public static final String NO = "否";

    private final String header;
    private final boolean required;

    RosterColumn(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    public String header() {
        return header;
    }

    /** Whether every row must fill it. */
    public boolean required() {
        return required;
    }

    /** The column a header names, ignoring surrounding spaces and the half-width brackets some units type. */
    static Optional<RosterColumn> ofHeader(String header) {
        String normal = header == null ? "" : header.strip().replace('(', '（').replace(')', '）');
        for (RosterColumn column : values()) {
            if (column.header.equals(normal)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    static List<String> headers() {
        return Arrays.stream(values()).map(RosterColumn::header).toList();
    }
}
