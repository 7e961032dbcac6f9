package cn.dalian.laborbrand.review.exports;

import static cn.dalian.laborbrand.review.exports.ExportSamples.NAMES;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.review.casework.ReviewCase;
import cn.dalian.laborbrand.review.casework.ReviewStage;

/** What the approval list (核准认定名单) shows for each case. */
class ApprovalListTest {

    private static final LocalDate DEC_05 = LocalDate.of(2022, 12, 5);

    @Test
    void aCaseAwaitingApprovalShowsTheDistrictsRecommendationTheCitysReReviewAndTheLevelsItMayGet() {
        ReviewCase jingang = ExportSamples.jingang(ReviewStage.APPROVAL);

        ApprovalList list = ApprovalList.of("2022", Optional.empty(), List.of(jingang), ExportSamples::history, NAMES, DEC_05);

        assertThat(list.title()).isEqualTo("2022年度劳务品牌核准认定名单");
        assertThat(list.fileName("pdf")).isEqualTo("核准认定名单-2022-全市.pdf");
        assertThat(list.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.district()).isEqualTo("甘井子区");
            assertThat(entry.brandName()).isEqualTo("大连甘井子金港家政服务师劳务品牌");
            assertThat(entry.cityBrandName()).isEqualTo("大连金港家政服务师劳务品牌");
            assertThat(entry.requestedLevels()).isEqualTo("区级、市级");
            assertThat(entry.eligibleLevels()).isEqualTo("区级、市级");
            assertThat(entry.districtOpinion()).isEqualTo("区级入选，推荐市级。材料齐全，实地查验属实，推荐申报市级。");
            assertThat(entry.cityOpinion()).isEqualTo("市级复审通过。复审材料齐全，同意报请核准。（2022-12-01）");
            assertThat(entry.certifiedLevel()).isEqualTo("—");
            assertThat(entry.status()).isEqualTo("待核准认定");
        });
    }

    @Test
    void aCertifiedCaseShowsItsLevelAndDay() {
        ReviewCase certified = ExportSamples.jingang(ReviewStage.CERTIFIED);

        ApprovalList list = ApprovalList.of("2022", Optional.empty(), List.of(certified), ExportSamples::history, NAMES, DEC_05);

        assertThat(list.entries().getFirst().certifiedLevel()).isEqualTo("市级");
        assertThat(list.entries().getFirst().certifiedOn()).isEqualTo(DEC_05);
        assertThat(list.entries().getFirst().status()).isEqualTo("已认定");
    }

    @Test
    void casesNotYetAtApprovalAreLeftOutAndTheRestGoByDistrict() {
        ReviewCase jinzhou = ExportSamples.haiwan(ReviewStage.APPROVAL);
        ReviewCase ganjingzi = ExportSamples.jingang(ReviewStage.APPROVAL);
        ReviewCase stillAtTheCity = ExportSamples.haiwan(ReviewStage.CITY_REVIEW);

        ApprovalList list = ApprovalList.of("2022", Optional.empty(), List.of(jinzhou, stillAtTheCity, ganjingzi), reviewCase -> List.of(),
                NAMES, DEC_05);

        assertThat(list.entries()).extracting(ApprovalList.Entry::number, ApprovalList.Entry::district)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "甘井子区"), org.assertj.core.groups.Tuple.tuple(2, "金州区"));
        assertThat(list.entries().get(1).cityOpinion()).isEqualTo("—");
        assertThat(list.entries().get(1).districtOpinion()).isEqualTo("区级入选，未推荐市级。达到区级标准。");
    }
}
