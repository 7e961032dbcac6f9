package cn.dalian.laborbrand.contracts.vocabulary;

/** The level a labour brand is certified at in Dalian (大就办发〔2022〕9号). */
public enum BrandLevel {
    /** 区级: selected by the district HR bureau, approved by the city leading group office. */
    DISTRICT("区级"),
    /** 市级: selected by the city leading group office among the district-level brands. */
    CITY("市级");

    private final String label;

    BrandLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
