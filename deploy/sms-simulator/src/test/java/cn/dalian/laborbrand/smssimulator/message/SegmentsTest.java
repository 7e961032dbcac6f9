package cn.dalian.laborbrand.smssimulator.message;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SegmentsTest {

    @Test
    void theSignNameInBracketsCountsAndSeventyCharactersAreOneSegment() {
        // 【大连人社】 is six characters
        assertThat(Segments.signed("大连人社", "您好")).isEqualTo("【大连人社】您好");
        assertThat(Segments.length("大连人社", "审".repeat(64))).isEqualTo(70);
        assertThat(Segments.of("大连人社", "审".repeat(64))).isEqualTo(1);
    }

    @Test
    void longerTextsGoInSegmentsOfSixtySeven() {
        assertThat(Segments.of("大连人社", "审".repeat(65))).as("71 characters").isEqualTo(2);
        assertThat(Segments.of("大连人社", "审".repeat(128))).as("134 = 2 × 67").isEqualTo(2);
        assertThat(Segments.of("大连人社", "审".repeat(129))).as("135").isEqualTo(3);
    }

    @Test
    void charactersAreCodePointsSoASupplementaryCharacterCountsOnce() {
        // 𠮷 lies outside the BMP: two Java chars, one character on the handset
        assertThat(Segments.length("大连人社", "𠮷")).isEqualTo(7);
    }
}
