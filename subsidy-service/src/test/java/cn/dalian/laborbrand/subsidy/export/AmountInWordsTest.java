package cn.dalian.laborbrand.subsidy.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.dalian.laborbrand.contracts.vocabulary.Money;

/** Amounts in capitals as a payment document writes them (会计基础工作规范 第五十二条). */
class AmountInWordsTest {

    @Test
    void theCitysSubsidyIsFiftyThousandYuanExactly() {
        assertThat(AmountInWords.of(Money.yuan(50_000))).isEqualTo("人民币伍万元整");
        assertThat(AmountInWords.of(Money.yuan(100_000))).isEqualTo("人民币壹拾万元整");
        assertThat(AmountInWords.of(Money.yuan(150_000))).isEqualTo("人民币壹拾伍万元整");
    }

    @ParameterizedTest(name = "{0} fen → {1}")
    @CsvSource({
            // an amount to the yuan ends in 整; ten is 壹拾 on a payment document
            "1000, 壹拾元整",
            "100, 壹元整",
            // zeros at the end of the figure or of a group are not written
            "100000000, 壹佰万元整",
            "1000000000000, 壹佰亿元整",
            // one 零 for a run of zeros inside the figure
            "100400, 壹仟零肆元整",
            "10050000, 壹拾万零伍佰元整",
            "10000050000, 壹亿零伍佰元整",
            "101000000, 壹佰零壹万元整",
            "10000100000, 壹亿零壹仟元整",
            // a zero 万 digit before a non-zero 千 digit: 零 left out, as the rules allow
            "10700053, 壹拾万柒仟元伍角叁分",
            // a zero 元 digit before a non-zero 角: likewise
            "168032, 壹仟陆佰捌拾元叁角贰分",
            // 角 without 分 ends in 整; 分 never does
            "2030, 贰拾元叁角整",
            "555, 伍元伍角伍分",
            // a zero 角 between 元 and 分 is written
            "100405, 壹仟零肆元零伍分",
            // under one yuan: from the 角 or the 分
            "50, 伍角整",
            "5, 伍分",
            "57, 伍角柒分",
            "0, 零元整" })
    void zerosJiaoFenAndZheng(long fen, String words) {
        assertThat(AmountInWords.words(fen)).isEqualTo(words);
    }

    @Test
    void anAmountBeyondTheLargestGroupIsRefused() {
        assertThat(AmountInWords.words(999_999_999_999_999_999L)).startsWith("玖仟玖佰玖拾玖万亿");
        assertThatThrownBy(() -> AmountInWords.words(1_000_000_000_000_000_000L)).isInstanceOf(IllegalArgumentException.class);
    }
}
