package cn.dalian.laborbrand.notification.notices;

import java.util.EnumSet;
import java.util.Set;

import cn.dalian.laborbrand.notification.channels.Channel;

/**
 * Every kind of message the platform sends, with whom it is for, the inbox category it is filed under, and the channels
 * it goes by unless the person chose otherwise. A message with legal weight (a decision, a rejection, a rectification
 * order …) always goes by the inbox and e-mail, whatever the preference.
 */
public enum NoticeKind {
    APPLICATION_SUBMITTED(Audience.UNIT, "APPLICATION", "申报书已提交", false, Channel.EMAIL),
    SUPPLEMENT_REQUESTED(Audience.UNIT, "APPLICATION", "需补充申报材料", false, Channel.EMAIL, Channel.SMS),
    DISTRICT_DECISION(Audience.UNIT, "APPLICATION", "区级初审结果", true, Channel.EMAIL, Channel.SMS),
    PUBLICITY_STARTED(Audience.UNIT, "APPLICATION", "公示开始", false, Channel.EMAIL),
    PUBLICITY_ENDED(Audience.UNIT, "APPLICATION", "公示期满", false, Channel.EMAIL),
    OBJECTION_RESOLVED(Audience.UNIT, "APPLICATION", "公示异议处理结果", true, Channel.EMAIL, Channel.SMS),
    APPLICATION_REJECTED(Audience.UNIT, "APPLICATION", "申报未通过", true, Channel.EMAIL, Channel.SMS),
    BRAND_CERTIFIED(Audience.UNIT, "APPLICATION", "劳务品牌认定通过", true, Channel.EMAIL, Channel.SMS),
    CERTIFICATE_ISSUED(Audience.UNIT, "BRAND", "证书已颁发", false, Channel.EMAIL),
    PROVINCIAL_CERTIFICATION_RECORDED(Audience.UNIT, "BRAND", "省级劳务品牌认定已登记", false, Channel.EMAIL),
    SUBSIDY_GRANTED(Audience.UNIT, "SUBSIDY", "一次性奖补", false, Channel.EMAIL),
    SUBSIDY_DISBURSED(Audience.UNIT, "SUBSIDY", "奖补资金已拨付", false, Channel.EMAIL, Channel.SMS),
    RECTIFICATION_ORDERED(Audience.UNIT, "BRAND", "限期整改通知", true, Channel.EMAIL, Channel.SMS),
    RECTIFICATION_EXTENDED(Audience.UNIT, "BRAND", "整改期限已延长", false, Channel.EMAIL, Channel.SMS),
    RECTIFICATION_REMINDER(Audience.UNIT, "BRAND", "整改期限提醒", false, Channel.EMAIL, Channel.SMS),
    RECTIFICATION_CLOSED(Audience.UNIT, "BRAND", "整改办结", true, Channel.EMAIL, Channel.SMS),
    BRAND_EXITED(Audience.UNIT, "BRAND", "劳务品牌退出", true, Channel.EMAIL, Channel.SMS),

    NEW_APPLICATION(Audience.STAFF, "REVIEW", "新的待审申报", false, Channel.EMAIL),
    APPLICATION_RESUBMITTED(Audience.STAFF, "REVIEW", "补充材料已重新提交", false, Channel.EMAIL),
    APPLICATION_WITHDRAWN(Audience.STAFF, "REVIEW", "申报已撤回", false, Channel.EMAIL),
    ELIGIBILITY_ASSESSED(Audience.STAFF, "REVIEW", "系统预审完成", false),
    CITY_REVIEW_DUE(Audience.STAFF, "REVIEW", "新的复审任务", false, Channel.EMAIL),
    OBJECTION_LODGED(Audience.STAFF, "REVIEW", "公示期间收到异议", false, Channel.EMAIL, Channel.SMS),
    RECTIFICATION_ANSWERED(Audience.STAFF, "REVIEW", "整改答复待审核", false, Channel.EMAIL),
    EXIT_PROPOSED(Audience.STAFF, "REVIEW", "新的退出建议", false, Channel.EMAIL),
    PROVINCIAL_SUBSIDY_COMING(Audience.STAFF, "SUBSIDY", "省级劳务品牌认定", false, Channel.EMAIL),
    SUBSIDY_TO_PROCESS(Audience.STAFF, "SUBSIDY", "新的奖补待经办", false, Channel.EMAIL),
    SUBSIDY_PAYMENT_FAILED(Audience.STAFF, "SUBSIDY", "奖补资金支付失败", false, Channel.EMAIL, Channel.SMS),
    REVIEW_DIGEST(Audience.STAFF, "REVIEW", "每日待办摘要", false, Channel.EMAIL);

    /** Who a kind of message is written for: the applicant unit (through its profile's contacts), or staff. */
    public enum Audience {
        UNIT, STAFF
    }

    private final Audience audience;
    private final String category;
    private final String label;
    private final boolean legalWeight;
    private final Set<Channel> defaultChannels;

    NoticeKind(Audience audience, String category, String label, boolean legalWeight, Channel... defaultChannels) {
        this.audience = audience;
        this.category = category;
        this.label = label;
        this.legalWeight = legalWeight;
        EnumSet<Channel> channels = EnumSet.of(Channel.IN_APP, defaultChannels);
        if (legalWeight) {
            channels.add(Channel.EMAIL);
        }
        this.defaultChannels = Set.copyOf(channels);
    }

    public Audience audience() {
        return audience;
    }

    /** The inbox category: APPLICATION, REVIEW, BRAND or SUBSIDY. */
    public String category() {
        return category;
    }

    /** The kind as a person reads it in their preferences. */
    public String label() {
        return label;
    }

    /** A decision, a rejection, an order: always sent by the inbox and e-mail, whatever the preference. */
    public boolean legalWeight() {
        return legalWeight;
    }

    /** The channels a person gets this kind by until they choose; the inbox always among them. */
    public Set<Channel> defaultChannels() {
        return defaultChannels;
    }

    /** The channels a message of this kind must go by whatever the preference. */
    public Set<Channel> requiredChannels() {
        return legalWeight ? Set.of(Channel.IN_APP, Channel.EMAIL) : Set.of(Channel.IN_APP);
    }
}
