package cn.dalian.laborbrand.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @ParameterizedTest
    @ValueSource(strings = { "11010519491231002X", "440524188001010014", "210211199003071235" })
    void numbersOfTheStandardAndADalianOneAreValid(String number) {
        assertThat(ResidentIdNumber.problemWith(number, TODAY)).isEmpty();
    }

    @Test
    void aWrongCheckCharacterIsNamed() {
        assertThat(ResidentIdNumber.problemWith("210211199003071238", TODAY)).contains("身份证号码校验位（第 18 位）不正确");
    }

    @Test
    void theCheckCharacterIsModEleven() {
        assertThat(ResidentIdNumber.checkCharacterOf("11010519491231002")).isEqualTo('X');
        assertThat(ResidentIdNumber.checkCharacterOf("44052418800101001")).isEqualTo('4');
    }

    @Test
    void aBirthDateThatIsNoRealDateIsRefused() {
        assertThat(ResidentIdNumber.problemWith("210211199002301234", TODAY)).contains("身份证号码中的出生日期“19900230”不是真实的日期");
    }

    @Test
    void aBirthDateAfterTodayIsRefusedEvenWithARightCheckCharacter() {
        String born2027 = "21021120270101123";
        String number = born2027 + ResidentIdNumber.checkCharacterOf(born2027);

        assertThat(ResidentIdNumber.problemWith(number, TODAY)).contains("身份证号码中的出生日期 2027-01-01 晚于今天");
    }

    @Test
    void lengthLettersAndALowerCaseXAreRefused() {
        assertThat(ResidentIdNumber.problemWith("21021119900307123", TODAY)).contains("身份证号码应为 18 位，此处为 17 位");
        assertThat(ResidentIdNumber.problemWith("2102A1199003071239", TODAY)).contains("身份证号码前 17 位应为数字，第 5 位是“A”");
        assertThat(ResidentIdNumber.problemWith("11010519491231002x", TODAY)).contains("身份证号码第 18 位应为数字或大写字母 X");
        assertThat(ResidentIdNumber.problemWith("", TODAY)).contains("身份证号码未填写");
    }

    @Test
    void dalianHouseholdRegistrationIsTheAddressCode2102() {
        assertThat(ResidentIdNumber.isDalianHousehold("210211199003071235")).isTrue();
        assertThat(ResidentIdNumber.isDalianHousehold("440524188001010014")).isFalse();
    }
}
