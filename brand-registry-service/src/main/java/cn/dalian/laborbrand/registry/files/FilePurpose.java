package cn.dalian.laborbrand.registry.files;

/** What a stored file is for. */
public enum FilePurpose {
    /** 整改佐证材料: the holder's evidence for a rectification answer. */
    RECTIFICATION_EVIDENCE("整改佐证材料"),
    /** 省级认定文件: the province's decision certifying a brand. */
    PROVINCIAL_DECISION("省级认定文件");

    private final String label;

    FilePurpose(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
