package cn.dalian.laborbrand.application.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.dalian.laborbrand.application.naming.NamePart.Kind;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.contracts.vocabulary.UnitType;

/**
 * The naming rule of 大就办发〔2022〕9号: given a proposed name, the level applied for and the unit, when the name is
 * checked, then the parts recognised and every finding, each naming the part that is missing or misplaced.
 */
class BrandNameRuleTest {

    private static final List<String> DALIAN_PLACES = List.of("中山区", "中山", "西岗区", "西岗", "沙河口区", "沙河口",
            "甘井子区", "甘井子", "旅顺口区", "旅顺口", "旅顺", "金州区", "金州", "普兰店区", "普兰店", "长海县", "长海",
            "瓦房店市", "瓦房店", "庄河市", "庄河", "金普新区", "金普", "高新技术产业园区", "高新区", "长兴岛经济区", "长兴岛",
            "花园口经济区", "花园口");

    private static final String JINGANG = "大连金港家政服务有限公司";

    private final BrandNameRule rule = new BrandNameRule(DALIAN_PLACES);

    @ParameterizedTest(name = "{0} ({1}, {2})")
    @CsvSource(delimiter = '|', textBlock = """
            # proposed name                              | level    | unit                 | legal name
            大连甘井子金港家政服务师劳务品牌             | DISTRICT | ENTERPRISE           | 大连金港家政服务有限公司
            大连市甘井子区金港家政服务师劳务品牌         | DISTRICT | ENTERPRISE           | 大连金港家政服务有限公司
            大连甘井子金港家政服务师劳务品牌             | DISTRICT | HR_SERVICE_AGENCY    | 大连金港人力资源服务有限公司
            大连中山嘉禾月嫂劳务品牌                     | DISTRICT | ENTERPRISE           | 大连嘉禾家政有限公司
            大连庄河鑫海海产品加工工劳务品牌             | DISTRICT | ENTERPRISE           | 庄河市鑫海水产有限公司
            大连高新区华信软件测试员劳务品牌             | DISTRICT | ENTERPRISE           | 大连华信计算机技术股份有限公司
            大连高新技术产业园区华信软件测试员劳务品牌   | DISTRICT | ENTERPRISE           | 大连华信计算机技术股份有限公司
            大连长兴岛海恒船舶电焊工劳务品牌             | DISTRICT | ENTERPRISE           | 大连长兴岛海恒船舶工程有限公司
            大连金普汇达汽车装配工劳务品牌               | DISTRICT | HR_SERVICE_AGENCY    | 大连金普新区汇达人力资源有限公司
            大连沙河口才聚保安员劳务品牌                 | DISTRICT | HR_SERVICE_AGENCY    | 大连才聚人力资源服务有限公司
            大连甘井子海韵中式烹调师劳务品牌             | DISTRICT | TRAINING_INSTITUTION | 大连市甘井子区海韵职业培训学校
            大连西岗育才中式面点师劳务品牌               | DISTRICT | TRAINING_INSTITUTION | 大连市西岗区育才职业培训学校
            大连瓦房店振兴轴承装配工劳务品牌             | DISTRICT | VOCATIONAL_SCHOOL    | 瓦房店市振兴技工学校
            大连金州海参养殖工劳务品牌                   | DISTRICT | INDUSTRY_ASSOCIATION | 大连市金州区海参养殖行业协会
            # an association's name may mention a unit's trade name: it is read as part of the industry
            大连金州金港海参养殖工劳务品牌               | DISTRICT | INDUSTRY_ASSOCIATION | 大连市金州区海参养殖行业协会
            大连旅顺口樱桃种植工劳务品牌                 | DISTRICT | INDUSTRY_ASSOCIATION | 大连市旅顺口区樱桃产业协会
            大连旅顺樱桃种植能手劳务品牌                 | DISTRICT | INDUSTRY_ASSOCIATION | 大连市旅顺口区樱桃产业协会
            大连长海扇贝养殖工劳务品牌                   | DISTRICT | INDUSTRY_ASSOCIATION | 长海县海珍品养殖协会
            大连普兰店粮油加工工劳务品牌                 | DISTRICT | INDUSTRY_ASSOCIATION | 大连市普兰店区粮油加工行业协会
            大连花园口新材料操作工劳务品牌               | DISTRICT | INDUSTRY_ASSOCIATION | 大连花园口经济区新材料产业协会
            大连华信软件工程师劳务品牌                   | CITY     | ENTERPRISE           | 大连华信计算机技术股份有限公司
            大连市华信软件工程师劳务品牌                 | CITY     | ENTERPRISE           | 大连华信计算机技术股份有限公司
            大连华信计算机软件工程师劳务品牌             | CITY     | ENTERPRISE           | 大连华信计算机技术股份有限公司
            大连恒润达远洋捕捞工劳务品牌                 | CITY     | ENTERPRISE           | 大连恒润达远洋渔业有限公司
            大连海韵育婴员劳务品牌                       | CITY     | TRAINING_INSTITUTION | 大连市甘井子区海韵职业培训学校
            大连振兴数控车工劳务品牌                     | CITY     | VOCATIONAL_SCHOOL    | 瓦房店市振兴技工学校
            大连才聚保安员劳务品牌                       | CITY     | HR_SERVICE_AGENCY    | 大连才聚人力资源服务有限公司
            大连家政服务员劳务品牌                       | CITY     | INDUSTRY_ASSOCIATION | 大连市家政服务业协会
            大连市家政服务员劳务品牌                     | CITY     | INDUSTRY_ASSOCIATION | 大连市家政服务业协会
            """)
    void aNameWrittenInThePatternOfItsLevelAndUnitPasses(String name, BrandLevel level, UnitType unit, String legalName) {
        // given a name in the order 大连 (+ 区市县) (+ 企业名号) + 行业 + 工种 + 劳务品牌
        // when it is checked
        NameCheck check = rule.check(name, level, unit, legalName);

        // then there is nothing to correct
        assertThat(check.findings()).isEmpty();
        assertThat(check.passed()).isTrue();
    }

    @ParameterizedTest(name = "{0} ({1}, {2}) → {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # proposed name                              | level    | unit                 | legal name                     | finding codes
            # district level: the district, county or pilot zone right after 大连
            大连金港家政服务师劳务品牌                   | DISTRICT | ENTERPRISE           | 大连金港家政服务有限公司       | PLACE_MISSING
            大连海参养殖工劳务品牌                       | DISTRICT | INDUSTRY_ASSOCIATION | 大连市金州区海参养殖行业协会   | PLACE_MISSING
            大连樱桃种植工旅顺口劳务品牌                 | DISTRICT | INDUSTRY_ASSOCIATION | 大连市旅顺口区樱桃产业协会     | PLACE_MISPLACED
            大连金港甘井子家政服务师劳务品牌             | DISTRICT | ENTERPRISE           | 大连金港家政服务有限公司       | PLACE_MISPLACED TRADE_NAME_MISPLACED
            大连振兴瓦房店轴承装配工劳务品牌             | DISTRICT | VOCATIONAL_SCHOOL    | 瓦房店市振兴技工学校           | PLACE_MISPLACED TRADE_NAME_MISPLACED
            # city level: no district after 大连
            大连甘井子金港家政服务师劳务品牌             | CITY     | ENTERPRISE           | 大连金港家政服务有限公司       | PLACE_NOT_ALLOWED_AT_CITY_LEVEL
            大连庄河鑫海海产品加工工劳务品牌             | CITY     | ENTERPRISE           | 庄河市鑫海水产有限公司         | PLACE_NOT_ALLOWED_AT_CITY_LEVEL
            大连高新区华信软件测试员劳务品牌             | CITY     | ENTERPRISE           | 大连华信计算机技术股份有限公司 | PLACE_NOT_ALLOWED_AT_CITY_LEVEL
            大连长兴岛海恒船舶电焊工劳务品牌             | CITY     | ENTERPRISE           | 大连长兴岛海恒船舶工程有限公司 | PLACE_NOT_ALLOWED_AT_CITY_LEVEL
            大连金州海参养殖工劳务品牌                   | CITY     | INDUSTRY_ASSOCIATION | 大连市金州区海参养殖行业协会   | PLACE_NOT_ALLOWED_AT_CITY_LEVEL
            # the unit's trade name, in full, right after the place (district) or 大连 (city)
            大连甘井子家政服务师劳务品牌                 | DISTRICT | ENTERPRISE           | 大连金港家政服务有限公司       | TRADE_NAME_MISSING
            大连甘井子电工劳务品牌                       | DISTRICT | TRAINING_INSTITUTION | 大连市甘井子区海韵职业培训学校 | TRADE_NAME_MISSING
            大连沙河口保安员劳务品牌                     | DISTRICT | HR_SERVICE_AGENCY    | 大连才聚人力资源服务有限公司   | TRADE_NAME_MISSING
            大连家政服务员劳务品牌                       | CITY     | ENTERPRISE           | 大连金港家政服务有限公司       | TRADE_NAME_MISSING
            大连恒润达渔船捕捞工劳务品牌                 | CITY     | ENTERPRISE           | 大连恒润达远洋渔业有限公司     | TRADE_NAME_MISSING
            大连甘井子家政服务师金港劳务品牌             | DISTRICT | ENTERPRISE           | 大连金港家政服务有限公司       | TRADE_NAME_MISPLACED
            大连软件工程师华信劳务品牌                   | CITY     | ENTERPRISE           | 大连华信计算机技术股份有限公司 | TRADE_NAME_MISPLACED
            # the industry and an occupation before 劳务品牌
            大连甘井子金港劳务品牌                       | DISTRICT | ENTERPRISE           | 大连金港家政服务有限公司       | INDUSTRY_OR_TRADE_MISSING
            大连华信劳务品牌                             | CITY     | ENTERPRISE           | 大连华信计算机技术股份有限公司 | INDUSTRY_OR_TRADE_MISSING
            大连金州劳务品牌                             | DISTRICT | INDUSTRY_ASSOCIATION | 大连市金州区海参养殖行业协会   | INDUSTRY_OR_TRADE_MISSING
            大连甘井子金港家政服务劳务品牌               | DISTRICT | ENTERPRISE           | 大连金港家政服务有限公司       | OCCUPATION_MISSING
            大连华信软件开发劳务品牌                     | CITY     | ENTERPRISE           | 大连华信计算机技术股份有限公司 | OCCUPATION_MISSING
            大连旅顺樱桃种植劳务品牌                     | DISTRICT | INDUSTRY_ASSOCIATION | 大连市旅顺口区樱桃产业协会     | OCCUPATION_MISSING
            # 加工 ends in 工 but is the activity, not the occupation
            大连庄河鑫海海产品加工劳务品牌               | DISTRICT | ENTERPRISE           | 庄河市鑫海水产有限公司         | OCCUPATION_MISSING
            # 大连 first, 劳务品牌 last
            甘井子金港家政服务师劳务品牌                 | DISTRICT | ENTERPRISE           | 大连金港家政服务有限公司       | NAME_MUST_START_WITH_DALIAN
            金州海参养殖工劳务品牌                       | DISTRICT | INDUSTRY_ASSOCIATION | 大连市金州区海参养殖行业协会   | NAME_MUST_START_WITH_DALIAN
            华信软件工程师劳务品牌                       | CITY     | ENTERPRISE           | 大连华信计算机技术股份有限公司 | NAME_MUST_START_WITH_DALIAN
            大连甘井子金港家政服务师                     | DISTRICT | ENTERPRISE           | 大连金港家政服务有限公司       | NAME_MUST_END_WITH_LABOUR_BRAND
            大连甘井子金港家政服务师品牌                 | DISTRICT | ENTERPRISE           | 大连金港家政服务有限公司       | NAME_MUST_END_WITH_LABOUR_BRAND
            大连市甘井子区金港家政服务师                 | DISTRICT | ENTERPRISE           | 大连金港家政服务有限公司       | NAME_MUST_END_WITH_LABOUR_BRAND
            大连家政服务员                               | CITY     | INDUSTRY_ASSOCIATION | 大连市家政服务业协会           | NAME_MUST_END_WITH_LABOUR_BRAND
            # written as plain words of at most 30 characters
            大连甘井子金港家政服务师、育婴员劳务品牌     | DISTRICT | ENTERPRISE           | 大连金港家政服务有限公司       | NAME_HAS_SPACES_OR_PUNCTUATION
            '大连 甘井子 金港家政服务师劳务品牌'         | DISTRICT | ENTERPRISE           | 大连金港家政服务有限公司       | NAME_HAS_SPACES_OR_PUNCTUATION
            大连甘井子金港“家政服务师”劳务品牌           | DISTRICT | ENTERPRISE           | 大连金港家政服务有限公司       | NAME_HAS_SPACES_OR_PUNCTUATION
            大连华信·软件工程师劳务品牌。                | CITY     | ENTERPRISE           | 大连华信计算机技术股份有限公司 | NAME_HAS_SPACES_OR_PUNCTUATION
            大连甘井子金港高端家政服务与母婴护理及居家养老照护专业服务师劳务品牌 | DISTRICT | ENTERPRISE | 大连金港家政服务有限公司 | NAME_TOO_LONG
            # several parts wrong at once: every finding, not only the first
            大连家政劳务品牌                             | DISTRICT | ENTERPRISE           | 大连金港家政服务有限公司       | PLACE_MISSING TRADE_NAME_MISSING OCCUPATION_MISSING
            金港家政服务                                 | DISTRICT | ENTERPRISE           | 大连金港家政服务有限公司       | NAME_MUST_START_WITH_DALIAN PLACE_MISSING OCCUPATION_MISSING NAME_MUST_END_WITH_LABOUR_BRAND
            大连庄河鑫海海产品加工                       | CITY     | ENTERPRISE           | 庄河市鑫海水产有限公司         | PLACE_NOT_ALLOWED_AT_CITY_LEVEL OCCUPATION_MISSING NAME_MUST_END_WITH_LABOUR_BRAND
            大连 家政服务员劳务                          | DISTRICT | ENTERPRISE           | 大连金港家政服务有限公司       | NAME_HAS_SPACES_OR_PUNCTUATION PLACE_MISSING TRADE_NAME_MISSING NAME_MUST_END_WITH_LABOUR_BRAND
            """)
    void aNameThatBreaksTheRuleFailsWithEveryFindingItHas(String name, BrandLevel level, UnitType unit, String legalName,
                                                          String codes) {
        // given a name with one or more parts missing or out of place
        // when it is checked
        NameCheck check = rule.check(name, level, unit, legalName);

        // then it fails with exactly these findings, each a full Chinese sentence
        assertThat(check.passed()).isFalse();
        assertThat(check.findings()).extracting(NameFinding::code).containsExactlyInAnyOrder(codes.split(" "));
        assertThat(check.findings()).extracting(NameFinding::message).allSatisfy(message -> assertThat(message).endsWith("。"));
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            DISTRICT | ENTERPRISE           | 大连 + 区市县 + 企业名号 + 行业 + 工种 + 劳务品牌
            DISTRICT | VOCATIONAL_SCHOOL    | 大连 + 区市县 + 企业名号 + 行业 + 工种 + 劳务品牌
            DISTRICT | TRAINING_INSTITUTION | 大连 + 区市县 + 企业名号 + 行业 + 工种 + 劳务品牌
            DISTRICT | HR_SERVICE_AGENCY    | 大连 + 区市县 + 企业名号 + 行业 + 工种 + 劳务品牌
            DISTRICT | INDUSTRY_ASSOCIATION | 大连 + 区市县 + 行业 + 工种 + 劳务品牌
            CITY     | ENTERPRISE           | 大连 + 企业名号 + 行业 + 工种 + 劳务品牌
            CITY     | INDUSTRY_ASSOCIATION | 大连 + 行业 + 工种 + 劳务品牌
            """)
    void theExpectedPatternDependsOnTheLevelAndWhetherTheUnitIsAnIndustryAssociation(BrandLevel level, UnitType unit,
                                                                                     String pattern) {
        // given any name, when it is checked for a level and a unit
        NameCheck check = rule.check("大连金港家政服务师劳务品牌", level, unit, JINGANG);

        // then it is held against the pattern of that level and kind of unit
        assertThat(check.expectedPattern()).isEqualTo(pattern);
        assertThat(check.level()).isEqualTo(level);
    }

    @Test
    void theRecognisedPartsAreListedInTheOrderTheyStandInTheName() {
        // given a district-level name written with 大连市 and the full district name
        // when it is checked
        NameCheck check = rule.check("大连市甘井子区金港家政服务师劳务品牌", BrandLevel.DISTRICT, UnitType.ENTERPRISE, JINGANG);

        // then each part is recognised in turn
        assertThat(check.parts()).containsExactly(
                new NamePart(Kind.CITY, "大连市"),
                new NamePart(Kind.PLACE, "甘井子区"),
                new NamePart(Kind.TRADE_NAME, "金港"),
                new NamePart(Kind.INDUSTRY_AND_TRADE, "家政服务师"),
                new NamePart(Kind.SUFFIX, "劳务品牌"));
    }

    @Test
    void misplacedPartsAreListedWhereTheyWereFound() {
        // given a name with the trade name before the district
        // when it is checked
        NameCheck check = rule.check("大连金港甘井子家政服务师劳务品牌", BrandLevel.DISTRICT, UnitType.ENTERPRISE, JINGANG);

        // then the parts show the order the applicant wrote, and the findings say what belongs where
        assertThat(check.parts()).extracting(NamePart::kind)
                .containsExactly(Kind.CITY, Kind.TRADE_NAME, Kind.PLACE, Kind.INDUSTRY_AND_TRADE, Kind.SUFFIX);
        assertThat(check.findings()).extracting(NameFinding::message).containsExactly(
                "区级劳务品牌名称中的区市县“甘井子”应紧接在“大连”之后，写作“大连甘井子…”。",
                "本单位名号“金港”应紧接在区市县“甘井子”之后，不应写在名称的其他位置。");
    }

    @Test
    void theLongestPlaceNameIsMatchedFirst() {
        // given names whose district could be read in a shorter form (旅顺, 高新区 would not even match)
        // when they are checked
        NameCheck lvshunkou = rule.check("大连旅顺口樱桃种植工劳务品牌", BrandLevel.DISTRICT, UnitType.INDUSTRY_ASSOCIATION, null);
        NameCheck hiTechZone = rule.check("大连高新技术产业园区华信软件测试员劳务品牌", BrandLevel.DISTRICT,
                UnitType.ENTERPRISE, "大连华信计算机技术股份有限公司");

        // then the place is the longest name that fits, and what follows is read from its end
        assertThat(lvshunkou.parts()).contains(new NamePart(Kind.PLACE, "旅顺口"), new NamePart(Kind.INDUSTRY_AND_TRADE, "樱桃种植工"));
        assertThat(hiTechZone.parts()).contains(new NamePart(Kind.PLACE, "高新技术产业园区"), new NamePart(Kind.TRADE_NAME, "华信"));
    }

    @Test
    void aMissingTradeNameFindingNamesTheTradeNameExpected() {
        // given a district-level name of 大连金港家政服务有限公司 without 金港
        // when it is checked
        NameCheck check = rule.check("大连甘井子家政服务师劳务品牌", BrandLevel.DISTRICT, UnitType.ENTERPRISE, JINGANG);

        // then the finding says which trade name to write and where
        assertThat(check.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo(NameFinding.TRADE_NAME_MISSING);
            assertThat(finding.message()).startsWith("名称中应包含本单位名号“金港”").contains(JINGANG).contains("区市县“甘井子”之后");
        });
    }

    @Test
    void aMissingPlaceFindingTellsTheApplicantToWriteTheDistrictAfterDalian() {
        // given a district-level name without its district, when it is checked
        NameCheck check = rule.check("大连金港家政服务师劳务品牌", BrandLevel.DISTRICT, UnitType.ENTERPRISE, JINGANG);

        // then the finding says so in a sentence the applicant understands
        assertThat(check.findings()).containsExactly(new NameFinding(NameFinding.PLACE_MISSING,
                "区级劳务品牌名称应在“大连”之后写明所在区市县或先导区，例如“大连甘井子…”。"));
    }

    @Test
    void anActivityThatEndsLikeAnOccupationStillLacksTheOccupation() {
        // given a name whose industry ends in 加工, the activity, not the worker who does it
        // when it is checked
        NameCheck check = rule.check("大连庄河鑫海海产品加工劳务品牌", BrandLevel.DISTRICT, UnitType.ENTERPRISE, "庄河市鑫海水产有限公司");

        // then the finding says why 工 is not enough here and what to write
        assertThat(check.findings()).extracting(NameFinding::message).singleElement().asString()
                .contains("以“加工”结尾").contains("例如“海产品加工工”");
    }

    @Test
    void anAbbreviationOfALongTradeNameIsNotEnough() {
        // given a unit whose derived trade name 恒润达远洋 is longer than four characters
        // when its name uses only the leading part 恒润达
        NameCheck check = rule.check("大连恒润达渔船捕捞工劳务品牌", BrandLevel.CITY, UnitType.ENTERPRISE, "大连恒润达远洋渔业有限公司");

        // then the derived trade name itself is asked for
        assertThat(check.findings()).extracting(NameFinding::message)
                .singleElement().asString().startsWith("名称中应包含本单位名号“恒润达远洋”");
    }

    @Test
    void theLengthIsCountedInCharactersNotInUtf16Units() {
        // given a unit whose trade name has a character outside the basic plane (𠮷, two UTF-16 units)
        String thirty = "大连甘井子𠮷祥高端家政服务与母婴护理及养老照护服务师劳务品牌";
        String legalName = "大连𠮷祥家政服务有限公司";

        // when names of 30 and 31 characters are checked
        NameCheck atTheLimit = rule.check(thirty, BrandLevel.DISTRICT, UnitType.ENTERPRISE, legalName);
        NameCheck overTheLimit = rule.check("大连甘井子𠮷祥高端家政服务与母婴护理及养老照护服务技师劳务品牌", BrandLevel.DISTRICT,
                UnitType.ENTERPRISE, legalName);

        // then 30 characters pass and 31 do not
        assertThat(atTheLimit.passed()).isTrue();
        assertThat(overTheLimit.findings()).extracting(NameFinding::code).containsExactly(NameFinding.NAME_TOO_LONG);
        assertThat(overTheLimit.findings().getFirst().message()).contains("现为31个字");
    }
}
