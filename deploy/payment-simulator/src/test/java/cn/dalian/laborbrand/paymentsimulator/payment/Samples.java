package cn.dalian.laborbrand.paymentsimulator.payment;

/** Payments as subsidy-service sends them: one-time subsidies of certified brands to their units' accounts. */
public final class Samples {

    public static final String JINGANG_REFERENCE = "9d403f61-8e50-4b12-8d43-5e6f708192a3:1";
    public static final String HAIWAN_REFERENCE = "4f1c2a77-3b9e-4d0a-9c51-7e2b8d6f0a14:1";

    private Samples() {
    }

    /** ¥50,000 for the city-level brand of 大连金港人力资源服务有限公司 (甘井子区). */
    public static PaymentRequest jingang(String callbackUrl) {
        return new PaymentRequest(JINGANG_REFERENCE, 5_000_000L, "CNY", "大连金港人力资源服务有限公司", "中国工商银行大连星海支行",
                "3400200109100012345", "2026年度劳务品牌一次性奖补资金", callbackUrl);
    }

    /** ¥100,000 for the provincial-level brand of 大连海湾职业培训学校 (金州区). */
    public static PaymentRequest haiwan(String callbackUrl) {
        return new PaymentRequest(HAIWAN_REFERENCE, 10_000_000L, "CNY", "大连海湾职业培训学校", "中国建设银行大连金州支行",
                "21250170005200012345", "2026年度劳务品牌一次性奖补资金（省级）", callbackUrl);
    }

    /** A unit whose account was closed since its profile was saved: the simulator fails this payment. */
    public static PaymentRequest closedAccount(String callbackUrl) {
        return new PaymentRequest("c3e8a1d2-5f6b-4a7c-8d9e-0f1a2b3c4d5e:1", 5_000_000L, "CNY", "大连旅顺口樱桃种植专业合作社",
                "大连农村商业银行旅顺支行", "0912001200120000", "2026年度劳务品牌一次性奖补资金", callbackUrl);
    }
}
