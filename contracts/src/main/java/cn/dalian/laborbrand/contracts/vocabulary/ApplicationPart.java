package cn.dalian.laborbrand.contracts.vocabulary;

/** The parts of an application a district's supplement request (补充材料) can reopen; the others stay as handed in. */
public enum ApplicationPart {
    BRAND_NAME("品牌名称"),
    DESCRIPTION("品牌简介"),
    LEVELS("申报层级"),
    DECLARED_YEARS("各年度培训与就业数据"),
    LABOUR_PRACTICE("劳动权益保障情况"),
    UNIT_PROFILE("单位基本信息（取自单位档案）");

    private final String label;

    ApplicationPart(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
