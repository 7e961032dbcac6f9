package cn.dalian.laborbrand.platform.starter.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/** How a service reads a JSON request (StrictJson): what its JSON says, or a refusal. */
class StrictJsonTest {

    /** A leading group's approval, as a request carries it. */
    record Approval(Boolean approved, BrandLevel level, Integer coordinators, String comment) {
    }

    private final JsonMapper strict = StrictJson.forRequests(JsonMapper.builder().build());

    @Test
    void aWellFormedRequestIsReadAsItIsWritten() {
        Approval read = strict.readValue("""
                {"approved": true, "level": "CITY", "coordinators": 2, "comment": "核准为市级。\\n附：实地查验记录。"}
                """, Approval.class);

        assertThat(read).isEqualTo(new Approval(true, BrandLevel.CITY, 2, "核准为市级。\n附：实地查验记录。"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "{\"level\": 1}",                 // today certified at CITY
            "{\"level\": \"1\"}",
            "{\"approved\": 1}",
            "{\"approved\": \"true\"}",
            "{\"coordinators\": 12.7}",
            "{\"coordinators\": \"12\"}",
            "{\"comment\": 12}",
            "{\"level\": \"\"}" })
    void aValueOfAnotherKindIsNotCoercedButRefused(String json) {
        assertThatThrownBy(() -> strict.readValue(json, Approval.class)).isInstanceOf(MismatchedInputException.class);
    }

    /** A figure that cannot be absent. */
    record Trained(int count) {
    }

    @Test
    void nullForAFigureThatCannotBeAbsentIsRefusedNotReadAsZero() {
        assertThatThrownBy(() -> strict.readValue("{\"count\": null}", Trained.class)).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void aKeyGivenTwiceIsRefusedInsteadOfTheLastOneWinning() {
        assertThatThrownBy(() -> strict.readValue("{\"approved\": false, \"approved\": true}", Approval.class))
                .isInstanceOf(JacksonException.class)
                .hasMessageContaining("Duplicate");
    }

    @Test
    void anUnknownPropertyIsRefusedNotDropped() {
        assertThatThrownBy(() -> strict.readValue("{\"aproved\": true}", Approval.class)).isInstanceOf(UnrecognizedPropertyException.class);
    }

    @Test
    void anythingAfterTheDocumentIsRefused() {
        assertThatThrownBy(() -> strict.readValue("{\"approved\": true} {\"approved\": false}", Approval.class))
                .isInstanceOf(JacksonException.class);
    }

    @Test
    void aTextThePlatformDoesNotTakeIsRefusedWithItsReasonAndField() {
        assertThatThrownBy(() -> strict.readValue("{\"comment\": \"同意\\u0000\"}", Approval.class))
                .isInstanceOfSatisfying(RefusedTextException.class, refused -> {
                    assertThat(refused.reason()).contains("U+0000");
                    assertThat(refused.getPathReference()).contains("comment");
                });
        assertThatThrownBy(() -> strict.readValue("{\"comment\": \"同\u0007意\"}", Approval.class))
                .isInstanceOfSatisfying(RefusedTextException.class, refused -> assertThat(refused.reason()).contains("U+0007"));
    }

    @Test
    void theMapperItStartsFromKeepsItsOwnLeniencyForItsOtherUses() {
        JsonMapper boot = JsonMapper.builder().build();
        StrictJson.forRequests(boot);

        assertThat(boot.readValue("{\"approved\": false, \"approved\": true}", Approval.class).approved()).isTrue();
    }
}
