package cn.dalian.laborbrand.application.naming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A unit's trade name (企业名号): given its legal name, when the trade name is derived, then the words that name it. */
class TradeNameTest {

    private static final List<String> PLACES = List.of("甘井子区", "甘井子", "西岗区", "西岗", "金州区", "金州", "庄河市", "庄河",
            "瓦房店市", "瓦房店", "金普新区", "金普", "长兴岛经济区", "长兴岛");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            大连金港家政服务有限公司             | 金港
            大连金港人力资源服务有限公司         | 金港
            大连华信计算机技术股份有限公司       | 华信
            华信（大连）软件技术有限公司         | 华信
            大连市甘井子区海韵职业培训学校       | 海韵
            辽宁省大连市西岗区育才职业培训学校   | 育才
            庄河市鑫海水产有限公司               | 鑫海
            瓦房店市振兴技工学校                 | 振兴
            大连滨海职业技术学院                 | 滨海
            大连长兴岛海恒船舶工程有限公司       | 海恒
            大连金普新区汇达人力资源有限公司     | 汇达
            中国大连远东建筑工程集团有限公司     | 远东
            大连嘉禾家政有限公司                 | 嘉禾
            """)
    void theTradeNameIsTheLegalNameWithoutPlaceOrganisationFormAndIndustryWords(String legalName, String expected) {
        // given a unit's legal name
        // when its trade name is derived
        TradeName tradeName = TradeName.fromLegalName(legalName, PLACES);

        // then only the words that name the unit remain
        assertThat(tradeName.value()).isEqualTo(expected);
    }

    @Test
    void wordsThatAreNotRecognisedAsIndustryStayInTheTradeName() {
        // given a legal name whose 远洋 is not a recognised industry word (渔业 is)
        // when its trade name is derived
        TradeName tradeName = TradeName.fromLegalName("大连恒润达远洋渔业有限公司", PLACES);

        // then the trade name keeps it: the rule will ask for 恒润达远洋 in full, not an abbreviation such as 恒润达
        assertThat(tradeName.value()).isEqualTo("恒润达远洋");
    }

    @Test
    void aLegalNameMadeOnlyOfIndustryWordsKeepsThemAsItsTradeName() {
        // given a legal name with nothing but place, industry and organisation words
        // when its trade name is derived
        TradeName tradeName = TradeName.fromLegalName("大连市人力资源服务中心", PLACES);

        // then the industry words are the trade name rather than nothing
        assertThat(tradeName.value()).isEqualTo("人力资源");
    }

    @Test
    void aBlankLegalNameGivesNoTradeName() {
        // given no legal name, when a trade name is derived or made, then it is refused
        assertThatThrownBy(() -> TradeName.fromLegalName(" ", PLACES)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TradeName("")).isInstanceOf(IllegalArgumentException.class);
    }
}
