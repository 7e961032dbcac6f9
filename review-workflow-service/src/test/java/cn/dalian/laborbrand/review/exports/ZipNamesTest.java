package cn.dalian.laborbrand.review.exports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names inside the package that whoever unpacks it can use. */
class ZipNamesTest {

    @Test
    void separatorsAndCharactersWindowsRefusesAreReplacedAndInvisibleOnesDropped() {
        assertThat(ZipNames.safe("../营业执照:副本*.pdf", "材料")).isEqualTo("_营业执照_副本_.pdf");
        assertThat(ZipNames.safe("合同\u202Efdp.exe", "材料")).isEqualTo("合同fdp.exe");
        assertThat(ZipNames.safe(" . ", "材料")).isEqualTo("材料");
    }

    @Test
    void aLongNameIsCutKeepingItsExtension() {
        String cut = ZipNames.safe("大连金港人力资源服务有限公司".repeat(10) + ".pdf", "材料");

        assertThat(cut).hasSize(ZipNames.MAX_LENGTH).startsWith("大连金港").endsWith(".pdf");
    }

    @Test
    void aNameUsedTwiceIsNumbered() {
        ZipNames names = new ZipNames();

        assertThat(names.unique("营业执照.pdf", "材料")).isEqualTo("营业执照.pdf");
        assertThat(names.unique("营业执照.PDF", "材料")).isEqualTo("营业执照（2）.PDF");
        assertThat(names.unique("营业执照.pdf", "材料")).isEqualTo("营业执照（3）.pdf");
    }
}
