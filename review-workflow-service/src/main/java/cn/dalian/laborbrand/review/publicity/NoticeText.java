package cn.dalian.laborbrand.review.publicity;

import java.util.List;

import cn.dalian.laborbrand.platform.text.ChineseDates;
import cn.dalian.laborbrand.review.casework.NoticeWindow;

/**
 * The words of a district's notice (公示) in the style of a government notice: the title, the paragraphs of its body
 * (what is published and why, the period, how and until when to object) and its signatory. The list of brands follows
 * the body as the notice's attachment.
 *
 * @param body the paragraphs, separated by a line break
 */
public record NoticeText(String title, String body, String issuer) {

    /** Where the rules for the programme are laid down (大人社发〔2022〕187号). */
    static final String PROGRAMME = "《大连市劳务品牌建设实施方案》（大人社发〔2022〕187号）";

    /**
     * The text of a notice.
     *
     * @param campaignYear the year the campaign is named after (2026 in 「大连市甘井子区2026年度劳务品牌拟认定名单公示」)
     * @param brands       how many brands the list holds
     * @param cityLevel    how many of them the district recommends for the city level
     */
    public static NoticeText of(NoticeIssuer issuer, String campaignYear, NoticeWindow window, int brands, int cityLevel) {
        String listName = issuer.place() + campaignYear + "年度劳务品牌拟认定名单";
        String end = ChineseDates.format(window.endsOn());
        String selection = "拟将以下 " + brands + " 个劳务品牌认定为区级劳务品牌"
                + (cityLevel > 0 ? "，其中 " + cityLevel + " 个拟推荐申报市级劳务品牌" : "") + "。";
        List<String> paragraphs = List.of(
                "根据" + PROGRAMME + "有关要求，经单位申报、我局初审和实地查验，" + selection + "现将名单予以公示，接受社会监督。",
                "公示期：" + ChineseDates.format(window.startsOn()) + "至" + end + "（" + window.workingDays() + " 个工作日）。",
                "公示期间，任何单位和个人对公示的劳务品牌有异议的，可于" + end + "（含当日）前通过大连市劳务品牌申报认定平台公示页面的"
                        + "「我要提出异议」提出。异议应当实名提出，写明本人真实姓名和联系方式（手机号码或电子邮箱），并说明具体事实和理由；"
                        + "匿名或者无具体事实和理由的异议不予受理。我局将对异议进行调查核实，并将处理结果告知异议人，异议人也可凭受理编号和查询码查询。",
                "附件：" + listName);
        return new NoticeText(listName + "公示", String.join("\n", paragraphs), issuer.bureau());
    }
}
