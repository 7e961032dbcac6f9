package cn.dalian.laborbrand.registry.rectification;

/** The grounds the notice names for ordering a brand to rectify (大就办发〔2022〕9号, 动态管理). */
public enum RectificationReason {
    POOR_TRAINING_QUALITY("培训质量差"),
    TOO_FEW_WORKERS("务工人员数量过少"),
    FALLING_COMPETITIVENESS("竞争力下降"),
    LOW_RECOGNITION("认可度不高");

    private final String label;

    RectificationReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
