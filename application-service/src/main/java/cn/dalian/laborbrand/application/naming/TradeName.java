package cn.dalian.laborbrand.application.naming;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A unit's trade name (企业名号), derived from its legal name in four steps:
 * <ol>
 * <li>drop parenthesised words, e.g. {@code 华信（大连）有限公司};</li>
 * <li>strip leading place words: 中国, 辽宁(省), 大连(市) and the Dalian place names given;</li>
 * <li>strip the organisation form at the end: 股份有限公司, 集团, 职业技术学院, 培训学校, 协会, 中心 …;</li>
 * <li>strip recognisable industry words at the end: 家政服务, 人力资源, 计算机, 技术, 水产 …</li>
 * </ol>
 * Each step strips the longest word first and repeats, but never strips the whole name: what is left when only
 * such words remain is the trade name. So 大连金港家政服务有限公司 gives 金港, 大连华信计算机技术股份有限公司 gives 华信,
 * 大连市甘井子区海韵职业培训学校 gives 海韵 and 庄河市鑫海水产有限公司 gives 鑫海.
 * <p>
 * The rule asks for this derived trade name in full, never for an abbreviation of it. When it is longer than four
 * characters (e.g. 恒润达远洋, because 远洋 is not a recognised industry word) a unit may well use a shorter leading
 * part such as 恒润达, but accepting any two-or-more-character leading part would let a name pass that shares only
 * its first two characters with the unit; the reviewer, who sees the legal name, decides on such a case instead.
 */
public record TradeName(String value) {

    private static final Pattern PARENTHESISED = Pattern.compile("[（(][^）)]*[）)]");

    private static final List<String> LEADING_PLACE_WORDS = List.of("中国", "辽宁省", "辽宁", "大连市", "大连");

    private static final List<String> ORGANISATION_FORMS = longestFirst(Stream.of(
            "股份有限公司", "有限责任公司", "有限公司", "集团", "公司",
            "职业技术学院", "职业学院", "技工学校", "职业技术学校", "职业中专", "职业培训学校", "培训学校", "学校",
            "培训中心", "服务中心", "中心", "行业协会", "协会", "研究院"));

    private static final List<String> INDUSTRY_WORDS = longestFirst(Stream.of(
            "家政服务", "家政", "人力资源服务", "人力资源", "人才服务", "劳务派遣", "劳务", "职业技能",
            "建筑工程", "建筑", "工程", "建设", "科技", "技术", "信息", "计算机", "软件", "网络", "电子",
            "水产", "海产品", "食品", "渔业", "养殖", "物流", "运输", "船舶", "机械", "制造", "装备",
            "物业", "餐饮", "酒店", "养老", "健康", "教育", "咨询", "管理", "服务", "发展", "实业", "贸易"));

    public TradeName {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a trade name is not blank");
        }
    }

    /**
     * Derives the trade name from a unit's legal name (单位全称).
     *
     * @param legalName  the unit's legal name, e.g. 大连金港家政服务有限公司
     * @param placeNames the Dalian districts, counties and pilot zones, stripped when they lead the name
     */
    public static TradeName fromLegalName(String legalName, Collection<String> placeNames) {
        Objects.requireNonNull(legalName, "legalName");
        if (legalName.isBlank()) {
            throw new IllegalArgumentException("the trade name is derived from a legal name, and it is blank");
        }
        List<String> placeWords = longestFirst(Stream.concat(LEADING_PLACE_WORDS.stream(), placeNames.stream()));
        String name = PARENTHESISED.matcher(legalName).replaceAll("").strip();
        name = stripLeading(name, placeWords);
        name = stripTrailing(name, ORGANISATION_FORMS);
        return new TradeName(stripTrailing(name, INDUSTRY_WORDS));
    }

    private static String stripLeading(String name, List<String> words) {
        Optional<String> word =
                words.stream().filter(w -> name.startsWith(w) && name.length() > w.length()).findFirst();
        return word.map(w -> stripLeading(name.substring(w.length()), words)).orElse(name);
    }

    private static String stripTrailing(String name, List<String> words) {
        Optional<String> word = words.stream().filter(w -> name.endsWith(w) && name.length() > w.length()).findFirst();
        return word.map(w -> stripTrailing(name.substring(0, name.length() - w.length()), words)).orElse(name);
    }

    private static List<String> longestFirst(Stream<String> words) {
        return words.distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
