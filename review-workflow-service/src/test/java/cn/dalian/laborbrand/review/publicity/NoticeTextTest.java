package cn.dalian.laborbrand.review.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.review.casework.NoticeWindow;

/** The notice reads like a government notice: what, from when to when, how to object, who signs. */
class NoticeTextTest {

    private static final NoticeIssuer GANJINGZI = new NoticeIssuer("210211", "大连市甘井子区", "大连市甘井子区人力资源和社会保障局");
    private static final NoticeWindow DECEMBER = new NoticeWindow(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 7), 5);

    @Test
    void theTitleNamesThePlaceAndTheCampaignYear() {
        assertThat(NoticeText.of(GANJINGZI, "2026", DECEMBER, 3, 1).title()).isEqualTo("大连市甘井子区2026年度劳务品牌拟认定名单公示");
    }

    @Test
    void theBodySaysWhatIsPublishedThePeriodAndHowAndUntilWhenToObject() {
        // given 甘井子区 publishes three brands, one of them recommended for the city level
        NoticeText text = NoticeText.of(GANJINGZI, "2026", DECEMBER, 3, 1);

        // then the paragraphs say what, when, and how to object
        assertThat(text.body().split("\n")).containsExactly(
                "根据《大连市劳务品牌建设实施方案》（大人社发〔2022〕187号）有关要求，经单位申报、我局初审和实地查验，拟将以下 3 个劳务品牌认定为区级劳务品牌，"
                        + "其中 1 个拟推荐申报市级劳务品牌。现将名单予以公示，接受社会监督。",
                "公示期：2026年12月1日至2026年12月7日（5 个工作日）。",
                "公示期间，任何单位和个人对公示的劳务品牌有异议的，可于2026年12月7日（含当日）前通过大连市劳务品牌申报认定平台公示页面的「我要提出异议」提出。"
                        + "异议应当实名提出，写明本人真实姓名和联系方式（手机号码或电子邮箱），并说明具体事实和理由；匿名或者无具体事实和理由的异议不予受理。"
                        + "我局将对异议进行调查核实，并将处理结果告知异议人，异议人也可凭受理编号和查询码查询。",
                "附件：大连市甘井子区2026年度劳务品牌拟认定名单");
        // and the district bureau signs it
        assertThat(text.issuer()).isEqualTo("大连市甘井子区人力资源和社会保障局");
    }

    @Test
    void aListWithoutCityLevelRecommendationsDoesNotMentionThem() {
        assertThat(NoticeText.of(new NoticeIssuer("210281", "瓦房店市", "瓦房店市人力资源和社会保障局"), "2026", DECEMBER, 1, 0).body())
                .contains("拟将以下 1 个劳务品牌认定为区级劳务品牌。现将名单")
                .doesNotContain("市级劳务品牌");
    }
}
