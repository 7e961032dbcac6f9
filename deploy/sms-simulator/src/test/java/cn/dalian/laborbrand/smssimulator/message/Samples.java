package cn.dalian.laborbrand.smssimulator.message;

/** Messages as notification-service sends them: to a unit's contact and to a district reviewer. */
public final class Samples {

    public static final String SIGN_NAME = "大连人社";
    public static final String JINGANG_PHONE = "13940912345";
    public static final String REVIEWER_PHONE = "18642876543";

    private Samples() {
    }

    /** The district's decision, to the contact of 大连金港人力资源服务有限公司. */
    public static SmsRequest decision() {
        return new SmsRequest("4b7e0d1c-2f5a-4c8e-9a31-6d0f2e8b7c55:SMS", JINGANG_PHONE, SIGN_NAME,
                "大连金港人力资源服务有限公司：您申报的“金港焊工”劳务品牌已通过甘井子区初审，详情请登录平台查看。");
    }

    /** A supplement request, to the same contact. */
    public static SmsRequest supplement(String requestId) {
        return new SmsRequest(requestId, JINGANG_PHONE, SIGN_NAME, "您申报的“金港焊工”需补正材料，请于2026年12月8日前登录平台提交。");
    }

    /** A new case in the queue of a reviewer of 甘井子区. */
    public static SmsRequest newCase() {
        return new SmsRequest("8e21f4a9-0c3d-4b6e-a1f7-5d9c2b0e3a18:SMS", REVIEWER_PHONE, SIGN_NAME,
                "甘井子区有1件新的劳务品牌申报待审核（大连金港人力资源服务有限公司），请于2个工作日内处理。");
    }
}
