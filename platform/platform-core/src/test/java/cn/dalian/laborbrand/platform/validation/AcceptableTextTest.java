package cn.dalian.laborbrand.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What text the platform takes in (AcceptableText): anywhere, in a name, and what counts as blank. */
class AcceptableTextTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "大连甘井子金港家政服务师劳务品牌", "材料齐全，实地查验属实。\n推荐申报市级。", "第一行\r\n第二行\t缩进", "😀 表情与𠀀扩展字",
            "Ａ全角字母", "" })
    void everydayTextIsAcceptableAnywhere(String text) {
        assertThat(AcceptableText.refusalAnywhere(text)).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "大连\u0000金港|控制字符（U+0000）",
            "大连\u001B金港|控制字符（U+001B）",
            "大连\u007F金港|控制字符（U+007F）",
            "大连\u0085金港|控制字符（U+0085）",
            "大连\uD800金港|孤立的代理项 U+D800",
            "大连金港\uDC00|孤立的代理项 U+DC00",
            "大连\uFFFD金港|无效的 UTF-8 编码",
            "大连\u202E港金|改变文字方向的控制字符（U+202E）",
            "大连\u2067金港|改变文字方向的控制字符（U+2067）" })
    void controlsHalfCharactersBrokenBytesAndDirectionOverridesAreRefusedAnywhere(String text, String reason) {
        assertThat(AcceptableText.refusalAnywhere(text)).hasValueSatisfying(refusal -> assertThat(refusal).contains(reason));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "大连\u200B金港|不可见的格式字符（U+200B）",
            "大连\u200E金港|不可见的格式字符（U+200E）",
            "大连\u00AD金港|不可见的格式字符（U+00AD）",
            "\uFEFF大连金港|不可见的格式字符（U+FEFF）",
            "大连\u0000金港|控制字符（U+0000）" })
    void aNameIsOneLineWithoutInvisibleCharacters(String name, String reason) {
        assertThat(AcceptableText.refusalInName(name)).hasValueSatisfying(refusal -> assertThat(refusal).contains(reason));
        assertThat(AcceptableText.refusalInName("大连甘井子金港家政服务师劳务品牌")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aNameHasNoLineBreakNorTab() {
        for (String name : new String[] { "大连金港\n劳务品牌", "大连金港\r劳务品牌", "大连金港\t劳务品牌" }) {
            assertThat(AcceptableText.refusalInName(name)).hasValueSatisfying(refusal -> assertThat(refusal).contains("一行文字"));
        }
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = { "", " ", "\u200B", "\u00A0", "\u3000", "\u200B\u00A0 \u2060", "\n\t", "\uFEFF" })
    void textOnlyOfWhitespaceOrInvisibleCharactersIsBlank(String text) {
        assertThat(AcceptableText.isVisible(text)).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = { "大", " a ", "\u200B品\u200B", "0" })
    void textWithOneVisibleCharacterIsNotBlank(String text) {
        assertThat(AcceptableText.isVisible(text)).isTrue();
    }
}
