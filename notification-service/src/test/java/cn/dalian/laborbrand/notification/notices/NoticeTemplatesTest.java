package cn.dalian.laborbrand.notification.notices;

import static cn.dalian.laborbrand.notification.notices.NoticeSamples.LONG_BRAND;
import static cn.dalian.laborbrand.notification.notices.NoticeSamples.LONG_UNIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.dalian.laborbrand.notification.inbox.Recipient;

class NoticeTemplatesTest {

    private static final NoticeTemplates TEMPLATES = new NoticeTemplates("https://laowupinpai.rsj.dl.gov.cn/");
    private static final String SCRIPT_BRAND = "<script>alert('x')</script>金港家政劳务品牌";

    private static List<Notice> ofKind(NoticeKind kind, String unit, String brand) {
        List<Notice> notices = NoticeSamples.notices(TEMPLATES, unit, brand).stream().filter(notice -> notice.kind() == kind).toList();
        assertThat(notices).as("a sample event for %s", kind).isNotEmpty();
        return notices;
    }

    @ParameterizedTest
    @EnumSource(NoticeKind.class)
    void everyKindRendersEveryPartInFullWithTheLongestNamesAndItsSmsFitsOneSegment(NoticeKind kind) {
        assertThat(LONG_BRAND).hasSize(30);

        for (Notice notice : ofKind(kind, LONG_UNIT, LONG_BRAND)) {
            NoticeText text = notice.text();
            List<String> parts = List.of(text.title(), text.body(), text.emailSubject(), text.emailText(), text.emailHtml(), text.sms());
            assertThat(parts).allSatisfy(part -> assertThat(part).isNotBlank().doesNotContain("{{", "{%", "{#", "}}", "%}", "null"));
            assertThat(text.sms()).startsWith("【大连人社】").endsWith("详见劳务品牌平台");
            assertThat(SmsLength.length(text.sms())).as(text.sms()).isLessThanOrEqualTo(SmsLength.SEGMENT);
            assertThat(notice.sms()).isEqualTo(text.sms());
            assertThat(text.emailSubject()).startsWith("【大连市劳务品牌】").contains(text.title());
            assertThat(text.emailSubject().length()).isLessThanOrEqualTo(80);
            assertThat(text.emailText()).startsWith("大连市人力资源和社会保障局 · 劳务品牌服务平台").contains(text.body())
                    .contains("登录平台查看：https://laowupinpai.rsj.dl.gov.cn").endsWith("本邮件由系统自动发送，请勿直接回复。\n");
            assertThat(text.emailHtml()).contains("大连市人力资源和社会保障局 · 劳务品牌服务平台", "href=\"https://laowupinpai.rsj.dl.gov.cn\"",
                    ">登录平台查看</a>", "本邮件由系统自动发送，请勿直接回复。");
        }
    }

    @ParameterizedTest
    @EnumSource(NoticeKind.class)
    void aBrandNameWithMarkupStaysTextInTheHtmlEmailAndIsNotEscapedElsewhere(NoticeKind kind) {
        for (Notice notice : ofKind(kind, "大连金港人力资源服务有限公司", SCRIPT_BRAND)) {
            assertThat(notice.text().emailHtml()).doesNotContain("<script>");
            if (notice.body().contains(SCRIPT_BRAND)) {
                assertThat(notice.text().emailHtml()).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;金港家政劳务品牌");
                assertThat(notice.text().emailText()).contains(SCRIPT_BRAND).doesNotContain("&lt;");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(NoticeKind.class)
    void anSmsCarriesNoNamesAccountsOrNumbers(NoticeKind kind) {
        for (Notice notice : ofKind(kind, LONG_UNIT, LONG_BRAND)) {
            assertThat(notice.text().sms()).doesNotContain(LONG_UNIT, NoticeSamples.ORG, NoticeSamples.REVIEWER,
                    NoticeSamples.BANK_TRANSACTION, NoticeSamples.CERTIFICATE);
        }
    }

    @Test
    void anSmsSaysWhatWhichBrandAndByWhenInOneSegmentCuttingALongBrandName() {
        Notice ordered = ofKind(NoticeKind.RECTIFICATION_ORDERED, LONG_UNIT, LONG_BRAND).getFirst();

        assertThat(ordered.text().sms()).isEqualTo("【大连人社】您单位「大连市甘井子区金港现代家政服务…」被责令限期整改，请于2026年11月16日前完成，详见劳务品牌平台");
        assertThat(ofKind(NoticeKind.SUPPLEMENT_REQUESTED, LONG_UNIT, LONG_BRAND).getFirst().text().sms())
                .isEqualTo("【大连人社】您单位的劳务品牌申报需补充材料，请于2026年11月23日前修改后重新提交，详见劳务品牌平台");
    }

    @Test
    void aBrandNameThatFitsIsNotCut() {
        assertThat(ofKind(NoticeKind.DISTRICT_DECISION, "大连金港人力资源服务有限公司", "大连甘井子金港家政服务师劳务品牌"))
                .extracting(notice -> notice.text().sms())
                .containsExactly("【大连人社】您单位「大连甘井子金港家政服务师劳务品牌」已通过区级初审并被推荐申报市级，详见劳务品牌平台",
                        "【大连人社】您单位「大连甘井子金港家政服务师劳务品牌」未通过区级初审，详见劳务品牌平台");
    }

    @Test
    void moneyIsWrittenInFullInTheInboxAndEmailAndInTenThousandsBySms() {
        Notice disbursed = ofKind(NoticeKind.SUBSIDY_DISBURSED, LONG_UNIT, LONG_BRAND).getFirst();

        assertThat(disbursed.body()).contains("省级劳务品牌一次性奖补资金 ¥100,000.00 已于2027年12月1日拨付");
        assertThat(disbursed.text().emailHtml()).contains("¥100,000.00");
        assertThat(disbursed.text().sms()).contains("一次性奖补10万元已于2027年12月1日拨付");
        assertThat(ChineseMoney.brief(5_000_000L)).isEqualTo("5万元");
        assertThat(ChineseMoney.brief(12_500_000L)).isEqualTo("12.5万元");
        assertThat(ChineseMoney.brief(800_000L)).isEqualTo("8,000元");
        assertThat(ChineseMoney.full(5_000_000L)).isEqualTo("¥50,000.00");
    }

    @Test
    void theUnitIsGreetedByItsNameWhereTheEventCarriesItAndOthersWithNinHao() {
        assertThat(ofKind(NoticeKind.CERTIFICATE_ISSUED, "大连金港人力资源服务有限公司", LONG_BRAND).getFirst().text().emailText())
                .contains("\n大连金港人力资源服务有限公司：\n");
        assertThat(ofKind(NoticeKind.DISTRICT_DECISION, "大连金港人力资源服务有限公司", LONG_BRAND).getFirst().text().emailText())
                .contains("\n您好：\n");
        assertThat(ofKind(NoticeKind.OBJECTION_LODGED, "大连金港人力资源服务有限公司", LONG_BRAND).getFirst().text().emailHtml())
                .contains(">您好：</p>");
    }

    @Test
    void theReviewersDigestListsWhatWaitsAndWhatFallsDueAsATableByEmailAndCountsOnlyBySms() {
        Notice digest = Notices.digest(Recipient.district("210211"), NoticeSamples.digest("大连金港人力资源服务有限公司", "大连甘井子金港家政服务师劳务品牌"),
                TEMPLATES);

        assertThat(digest.kind()).isEqualTo(NoticeKind.REVIEW_DIGEST);
        assertThat(digest.title()).isEqualTo("每日待办摘要（2026年12月1日）");
        assertThat(digest.body()).isEqualTo("""
                截至2026年12月1日，待办 2 件，2 个工作日内到期 1 件。
                待办事项：
                1. 大连金港人力资源服务有限公司「大连甘井子金港家政服务师劳务品牌」区级初审，2026年11月23日起已等待 7 个工作日；
                2. 大连长兴岛海员外派服务有限公司「长兴岛远洋海员劳务品牌」整改答复审核，2026年11月27日起已等待 3 个工作日；
                2 个工作日内到期：
                1. 大连金港人力资源服务有限公司「大连甘井子金港家政服务师劳务品牌」公示期满，2026年12月2日到期；""");
        assertThat(digest.text().emailSubject()).isEqualTo("【大连市劳务品牌】每日待办摘要（2026年12月1日）");
        assertThat(digest.text().emailHtml()).contains("<table", "<td>长兴岛远洋海员劳务品牌</td>", "<td>2026年12月2日</td>",
                "<td align=\"right\">7</td>");
        assertThat(digest.text().sms()).isEqualTo("【大连人社】每日待办摘要：待办 2 件，2 个工作日内到期 1 件，详见劳务品牌平台");
    }

    @Test
    void anEmptyDigestSaysThereIsNothingWaiting() {
        Notice digest = Notices.digest(Recipient.district("210211"), new ReviewDigest(LocalDate.of(2026, 12, 1), List.of(), List.of()),
                TEMPLATES);

        assertThat(digest.body()).isEqualTo("截至2026年12月1日，待办 0 件，2 个工作日内到期 0 件。");
        assertThat(digest.text().emailHtml()).doesNotContain("<th");
    }

    @Test
    void anSmsLongerThanOneSegmentIsRefusedWhenSentWithItsKindAndLength() {
        String sms = "【大连人社】您单位「" + LONG_BRAND + "」被责令限期整改，请于2026年11月16日前完成，详见劳务品牌平台";
        Notice notice = new Notice(Recipient.organisation(NoticeSamples.ORG), NoticeKind.RECTIFICATION_ORDERED,
                new NoticeText("限期整改通知", "…", "【大连市劳务品牌】限期整改通知", "…", "…", sms));

        assertThatThrownBy(notice::sms).isInstanceOfSatisfying(SmsTooLongException.class, e -> {
            assertThat(e.kind()).isEqualTo(NoticeKind.RECTIFICATION_ORDERED);
            assertThat(e.length()).isEqualTo(SmsLength.length(sms)).isEqualTo(74);
        });
        assertThat(SmsLength.check(NoticeKind.RECTIFICATION_ORDERED, sms.replace(LONG_BRAND, "金港家政劳务品牌"))).startsWith("【大连人社】");
        assertThat(SmsLength.content("【大连人社】整改办结")).isEqualTo("整改办结");
    }

    @Test
    void theLinksLeadToThePlatformAddressGivenAtStartAndAnAddressThatIsNoneIsRefused() {
        assertThat(new NoticeTemplates("http://localhost:8080/").platformUrl()).isEqualTo("http://localhost:8080");
        assertThat(TEMPLATES.platformUrl()).isEqualTo("https://laowupinpai.rsj.dl.gov.cn");
        assertThatThrownBy(() -> new NoticeTemplates("laowupinpai.rsj.dl.gov.cn")).isInstanceOf(IllegalArgumentException.class);
    }
}
