package cn.dalian.laborbrand.registry.brand;

/** Where a certified brand stands under dynamic management (动态管理). */
public enum BrandStatus {
    ACTIVE("有效", true),
    /** 限期整改: ordered to rectify within a deadline; still a certified brand meanwhile. */
    RECTIFYING("限期整改", true),
    /** 拟退出: the rectification was overdue or failed; the leading group office decides on the exit. Still certified meanwhile. */
    EXIT_PROPOSED("拟退出", true),
    /** 退出: no longer a labour brand of the city. */
    EXITED("已退出", false);

    private final String label;
    private final boolean listedPublicly;

    BrandStatus(String label, boolean listedPublicly) {
        this.label = label;
        this.listedPublicly = listedPublicly;
    }

    public String label() {
        return label;
    }

    /** Whether the public list of certified brands shows it. */
    public boolean isListedPublicly() {
        return listedPublicly;
    }
}
