package cn.dalian.laborbrand.application.naming;

import static cn.dalian.laborbrand.application.naming.NamePart.Kind.CITY;
import static cn.dalian.laborbrand.application.naming.NamePart.Kind.INDUSTRY_AND_TRADE;
import static cn.dalian.laborbrand.application.naming.NamePart.Kind.PLACE;
import static cn.dalian.laborbrand.application.naming.NamePart.Kind.SUFFIX;
import static cn.dalian.laborbrand.application.naming.NamePart.Kind.TRADE_NAME;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.contracts.vocabulary.UnitType;

/**
 * The naming rule (命名规则) of 大就办发〔2022〕9号 for a labour-brand name:
 * <ul>
 * <li>区级, 行业协会: 大连 + 区市县 + 行业 + 工种 + 劳务品牌;</li>
 * <li>区级, 企业、职业院校、职业培训机构、人力资源服务机构: 大连 + 区市县 + 企业名号 + 行业 + 工种 + 劳务品牌;</li>
 * <li>市级, 行业协会: 大连 + 行业 + 工种 + 劳务品牌;</li>
 * <li>市级, the other units: 大连 + 企业名号 + 行业 + 工种 + 劳务品牌.</li>
 * </ul>
 * The name is read part by part rather than matched against one expression, so that the answer says which part is
 * missing or misplaced: 大连 (大连市 accepted), then a place name (the longest that fits), then the unit's
 * {@link TradeName}, then whatever is left up to 劳务品牌 as the industry and occupation. A place or trade name found
 * elsewhere in the name is reported as misplaced; an industry association may mention anything, so its name is never
 * searched for a trade name. Spaces and punctuation are reported and then read past, so that the other findings
 * still come out: the check collects every finding, not only the first.
 */
public final class BrandNameRule {

    /**
     * The endings of an occupation (工种), which the industry-and-occupation part must end with: 工 (焊工), 匠, 师,
     * 傅 (师傅), 员, 嫂 (月嫂), 姐, 姆 (保姆), 手, 家, 娘, 哥, 士 (护士).
     */
    public static final List<String> OCCUPATION_ENDINGS =
            List.of("工", "匠", "师", "傅", "员", "嫂", "姐", "姆", "手", "家", "娘", "哥", "士");

    /**
     * Words that end like an occupation but name an activity, so that 海产品加工 still lacks its occupation and
     * 海产品加工工 has one.
     */
    public static final List<String> ACTIVITIES_NOT_OCCUPATIONS = List.of("加工", "化工", "施工", "手工", "务工", "用工");

    /** The longest name allowed, counted in code points. */
    public static final int MAX_LENGTH = 30;

    private static final String DALIAN = "大连";
    private static final String DALIAN_CITY = "大连市";
    private static final String LABOUR_BRAND = "劳务品牌";
    /** Endings that stand where 劳务品牌 should, read as the suffix so that they are not taken for the occupation. */
    private static final List<String> NEAR_MISS_SUFFIXES = List.of("品牌", "劳务");

    private final List<String> placeNames;

    /**
     * @param placeNames the Dalian districts, counties and pilot zones, each in its full and short forms (甘井子区,
     *                   甘井子, 旅顺口区, 旅顺口, 旅顺, 金普新区, 金普 …)
     */
    public BrandNameRule(Collection<String> placeNames) {
        this.placeNames = placeNames.stream()
                .map(place -> requireText(place, "a place name"))
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    /**
     * Checks a proposed name against the pattern of its level and kind of unit.
     *
     * @param legalName the unit's legal name, from which its trade name is derived; not used (and may be
     *                  {@code null}) for an {@link UnitType#INDUSTRY_ASSOCIATION industry association}
     */
    public NameCheck check(String proposedName, BrandLevel level, UnitType unitType, String legalName) {
        Objects.requireNonNull(proposedName, "proposedName");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(unitType, "unitType");
        Optional<TradeName> tradeName = unitType == UnitType.INDUSTRY_ASSOCIATION
                ? Optional.empty()
                : Optional.of(TradeName.fromLegalName(requireText(legalName, "the legal name of a unit"), placeNames));
        return new Reading(level, tradeName, legalName, patternOf(level, tradeName.isPresent())).read(proposedName);
    }

    private static String patternOf(BrandLevel level, boolean withTradeName) {
        List<NamePart.Kind> kinds = new ArrayList<>(List.of(NamePart.Kind.values()));
        if (level == BrandLevel.CITY) {
            kinds.remove(PLACE);
        }
        if (!withTradeName) {
            kinds.remove(TRADE_NAME);
        }
        return kinds.stream().map(NamePart.Kind::label).collect(Collectors.joining(" + "));
    }

    /** How a space or punctuation mark is named in a finding: spaces as 空格, marks in quotes. */
    private static String shownAsUnwanted(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                ? "空格"
                : "“" + Character.toString(codePoint) + "”";
    }

    private static String requireText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " is required and not blank");
        }
        return text;
    }

    /** A recognised part of the text between 大连 and the suffix, at its position there. */
    private record Token(NamePart.Kind kind, int start, String text) {

        int end() {
            return start + text.length();
        }

        boolean overlaps(int from, int to) {
            return from < end() && start < to;
        }
    }

    /** One check of one name: the parser's state and the findings it collects. */
    private final class Reading {

        private final BrandLevel level;
        private final Optional<TradeName> tradeName;
        private final String legalName;
        private final String pattern;
        private final List<NameFinding> findings = new ArrayList<>();

        Reading(BrandLevel level, Optional<TradeName> tradeName, String legalName, String pattern) {
            this.level = level;
            this.tradeName = tradeName;
            this.legalName = legalName;
            this.pattern = pattern;
        }

        NameCheck read(String proposedName) {
            checkCharacters(proposedName);
            String name = proposedName.codePoints().filter(Character::isLetterOrDigit)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();

            String city = name.startsWith(DALIAN_CITY) ? DALIAN_CITY : name.startsWith(DALIAN) ? DALIAN : "";
            if (city.isEmpty()) {
                find(NameFinding.NAME_MUST_START_WITH_DALIAN, "劳务品牌名称应以“大连”开头，并按“" + pattern + "”的顺序书写。");
            }
            String suffix = suffixOf(name);
            String body = name.substring(city.length(), name.length() - suffix.length());

            List<Token> tokens = new ArrayList<>();
            Optional<Token> place = readPlace(body);
            place.ifPresent(tokens::add);
            tradeName.flatMap(trade -> readTradeName(body, trade.value(), place)).ifPresent(tokens::add);
            tokens.sort(Comparator.comparingInt(Token::start));

            List<NamePart> parts = new ArrayList<>();
            if (!city.isEmpty()) {
                parts.add(new NamePart(CITY, city));
            }
            String industryAndTrade = addBodyParts(body, tokens, parts);
            checkIndustryAndTrade(industryAndTrade);
            if (!suffix.isEmpty()) {
                parts.add(new NamePart(SUFFIX, suffix));
            }
            if (!suffix.equals(LABOUR_BRAND)) {
                find(NameFinding.NAME_MUST_END_WITH_LABOUR_BRAND,
                        "劳务品牌名称应以“劳务品牌”四字结尾，并按“" + pattern + "”的顺序书写。");
            }
            return new NameCheck(level, findings.isEmpty(), pattern, parts, findings);
        }

        private void checkCharacters(String proposedName) {
            String unwanted = proposedName.codePoints().filter(c -> !Character.isLetterOrDigit(c))
                    .mapToObj(BrandNameRule::shownAsUnwanted)
                    .distinct()
                    .collect(Collectors.joining("、"));
            if (!unwanted.isEmpty()) {
                find(NameFinding.NAME_HAS_SPACES_OR_PUNCTUATION,
                        "劳务品牌名称中不应含有空格或标点符号，请删去其中的" + unwanted + "。");
            }
            int length = proposedName.codePointCount(0, proposedName.length());
            if (length > MAX_LENGTH) {
                find(NameFinding.NAME_TOO_LONG,
                        "劳务品牌名称不应超过" + MAX_LENGTH + "个字，现为" + length + "个字，请精简。");
            }
        }

        private String suffixOf(String name) {
            if (name.endsWith(LABOUR_BRAND)) {
                return LABOUR_BRAND;
            }
            return NEAR_MISS_SUFFIXES.stream().filter(name::endsWith).findFirst().orElse("");
        }

        /** District level wants a place right after 大连; city level wants none there. */
        private Optional<Token> readPlace(String body) {
            Optional<String> leading = placeAt(body, 0);
            if (leading.isPresent()) {
                if (level == BrandLevel.CITY) {
                    find(NameFinding.PLACE_NOT_ALLOWED_AT_CITY_LEVEL,
                            "市级劳务品牌名称不写区市县，请删去“大连”之后的“" + leading.get() + "”。");
                }
                return Optional.of(new Token(PLACE, 0, leading.get()));
            }
            if (level == BrandLevel.CITY) {
                return Optional.empty();
            }
            Optional<Token> elsewhere = IntStream.range(1, body.length()).boxed()
                    .flatMap(at -> placeAt(body, at).map(place -> new Token(PLACE, at, place)).stream())
                    .findFirst();
            elsewhere.ifPresentOrElse(
                    place -> find(NameFinding.PLACE_MISPLACED, "区级劳务品牌名称中的区市县“" + place.text()
                            + "”应紧接在“大连”之后，写作“大连" + place.text() + "…”。"),
                    () -> find(NameFinding.PLACE_MISSING,
                            "区级劳务品牌名称应在“大连”之后写明所在区市县或先导区，例如“大连甘井子…”。"));
            return elsewhere;
        }

        private Optional<String> placeAt(String body, int at) {
            return placeNames.stream().filter(place -> body.startsWith(place, at)).findFirst();
        }

        /** The trade name belongs right after the place (or right after 大连 when there is no place). */
        private Optional<Token> readTradeName(String body, String trade, Optional<Token> place) {
            int expected = place.map(Token::end).orElse(0);
            if (body.startsWith(trade, expected)) {
                return Optional.of(new Token(TRADE_NAME, expected, trade));
            }
            for (int at = body.indexOf(trade); at >= 0; at = body.indexOf(trade, at + 1)) {
                int start = at;
                if (place.filter(p -> p.overlaps(start, start + trade.length())).isEmpty()) {
                    find(NameFinding.TRADE_NAME_MISPLACED,
                            "本单位名号“" + trade + "”应紧接在" + tradeNameAnchor(place) + "之后，不应写在名称的其他位置。");
                    return Optional.of(new Token(TRADE_NAME, start, trade));
                }
            }
            find(NameFinding.TRADE_NAME_MISSING, "名称中应包含本单位名号“" + trade + "”（由单位名称“" + legalName
                    + "”得出），写在" + tradeNameAnchor(place) + "之后。");
            return Optional.empty();
        }

        private String tradeNameAnchor(Optional<Token> place) {
            if (level == BrandLevel.CITY) {
                return "“大连”";
            }
            return place.map(p -> "区市县“" + p.text() + "”").orElse("区市县");
        }

        /** Adds the tokens and the text between them, in order; answers that text, the industry and occupation. */
        private String addBodyParts(String body, List<Token> tokens, List<NamePart> parts) {
            StringBuilder industryAndTrade = new StringBuilder();
            int at = 0;
            for (Token token : tokens) {
                addGap(body.substring(at, token.start()), parts, industryAndTrade);
                parts.add(new NamePart(token.kind(), token.text()));
                at = token.end();
            }
            addGap(body.substring(at), parts, industryAndTrade);
            return industryAndTrade.toString();
        }

        private void addGap(String gap, List<NamePart> parts, StringBuilder industryAndTrade) {
            if (!gap.isEmpty()) {
                parts.add(new NamePart(INDUSTRY_AND_TRADE, gap));
                industryAndTrade.append(gap);
            }
        }

        private void checkIndustryAndTrade(String industryAndTrade) {
            if (industryAndTrade.isEmpty()) {
                find(NameFinding.INDUSTRY_OR_TRADE_MISSING, "名称中缺少行业和工种，请在“劳务品牌”之前写明行业（产业、产品或服务）"
                        + "和工种，例如“家政服务师”“海参养殖工”。");
                return;
            }
            Optional<String> activity = ACTIVITIES_NOT_OCCUPATIONS.stream().filter(industryAndTrade::endsWith).findFirst();
            if (activity.isPresent()) {
                find(NameFinding.OCCUPATION_MISSING, "名称中“劳务品牌”之前的“" + industryAndTrade + "”以“" + activity.get()
                        + "”结尾，这是行业或工序而不是工种，请在其后写明工种，例如“" + industryAndTrade + "工”。");
            } else if (OCCUPATION_ENDINGS.stream().noneMatch(industryAndTrade::endsWith)) {
                find(NameFinding.OCCUPATION_MISSING, "名称中“劳务品牌”之前的“" + industryAndTrade + "”没有以工种结尾，请写明工种，"
                        + "工种以" + String.join("、", OCCUPATION_ENDINGS) + "等字结尾，例如“电焊工”“家政服务员”。");
            }
        }

        private void find(String code, String message) {
            findings.add(new NameFinding(code, message));
        }
    }
}
