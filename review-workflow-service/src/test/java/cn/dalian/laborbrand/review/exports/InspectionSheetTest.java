package cn.dalian.laborbrand.review.exports;

import static cn.dalian.laborbrand.review.exports.ExportSamples.NAMES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.review.casework.ReviewCase;
import cn.dalian.laborbrand.review.casework.ReviewStage;
import cn.dalian.laborbrand.review.inspection.Attachment;
import cn.dalian.laborbrand.review.inspection.Conclusion;
import cn.dalian.laborbrand.review.inspection.InspectionRecord;

/** The on-site inspection record (实地查验记录) as the city receives it with each case. */
class InspectionSheetTest {

    private final ReviewCase jingang = ExportSamples.jingang(ReviewStage.CITY_REVIEW);
    private final InspectionRecord concluded = ExportSamples.inspection(jingang);

    @Test
    void theUnitTheDayAndTheInspectorsAreStated() {
        InspectionSheet sheet = InspectionSheet.of(jingang, concluded, NAMES);

        assertThat(sheet.brandName()).isEqualTo("大连甘井子金港家政服务师劳务品牌");
        assertThat(sheet.unitName()).isEqualTo("大连金港人力资源服务有限公司");
        assertThat(sheet.orgCode()).isEqualTo("912102440580649631");
        assertThat(sheet.district()).isEqualTo("甘井子区");
        assertThat(sheet.requestedLevels()).isEqualTo("区级、市级");
        assertThat(sheet.inspectedOn()).isEqualTo("2022年11月18日");
        assertThat(sheet.inspectors()).isEqualTo("王立新、刘佳");
    }

    @Test
    void theChecklistIsTheCriteriaThenTheMaterialsSeenOnSiteNumberedThroughWithWhatWasToBeVerifiedAndFound() {
        InspectionSheet sheet = InspectionSheet.of(jingang, concluded, NAMES);

        assertThat(sheet.sections()).extracting(InspectionSheet.Section::title).containsExactly("认定标准核查", "现场查看材料");
        assertThat(sheet.sections().getFirst().items()).containsExactly(
                new InspectionSheet.Item(1, "培训人数", "2021 年申报 1120 人，花名册核实 980 人", "核实属实", false, "—"));
        assertThat(sheet.sections().get(1).items()).hasSize(7).first().isEqualTo(new InspectionSheet.Item(2, "营业执照（法人登记证书）原件",
                "查看原件，核对单位名称、统一社会信用代码、住所与申报材料一致", "核实属实", false, "—"));
        assertThat(sheet.sections().get(1).items()).last().extracting(InspectionSheet.Item::number).isEqualTo(8);
    }

    @Test
    void aDiscrepancyIsMarkedWithWhatDiffers() {
        InspectionSheet sheet = InspectionSheet.of(jingang, concluded, NAMES);

        assertThat(sheet.sections().get(1).items()).filteredOn(InspectionSheet.Item::discrepancy)
                .extracting(InspectionSheet.Item::label, InspectionSheet.Item::finding, InspectionSheet.Item::note)
                .containsExactly(tuple("务工人员花名册抽查", "存在出入", "抽查花名册 20 人，1 人培训签到记录缺少本人签字，单位已补充说明。"));
    }

    @Test
    void thePhotosAndDocumentsAreListedByNameInTheOrderAttached() {
        assertThat(InspectionSheet.of(jingang, concluded, NAMES).attachments()).containsExactly("培训场地现场照片.jpg", "花名册抽查记录.pdf");
        assertThat(InspectionSheet.of(jingang, withAttachments(List.of()), NAMES).attachments()).isEmpty();
    }

    @Test
    void theConclusionSaysWhetherTheInspectionConfirmedTheApplicationWhoDrewItAndWhenInDalianTime() {
        InspectionSheet sheet = InspectionSheet.of(jingang, concluded, NAMES);

        assertThat(sheet.confirmed()).isTrue();
        assertThat(sheet.conclusion()).isEqualTo("查验属实");
        assertThat(sheet.conclusionText()).isEqualTo("经实地查验，培训场地、培训台账及务工人员花名册与申报材料一致，查验属实。");
        assertThat(sheet.concludedBy()).isEqualTo("reviewer-ganjingzi");
        assertThat(sheet.concludedAt()).isEqualTo("2022-11-18 15:30");
    }

    @Test
    void anInspectionThatFoundTheApplicationUntrueSaysSo() {
        InspectionRecord untrue = new InspectionRecord(concluded.caseId(), concluded.inspectedOn(), concluded.inspectors(), concluded.items(),
                concluded.attachments(), new Conclusion(false, "培训场地与申报不符，现场未见培训设施，查验不属实。", "reviewer-ganjingzi",
                        Instant.parse("2022-11-18T08:00:00Z")), concluded.savedBy(), concluded.savedAt(), concluded.version());

        InspectionSheet sheet = InspectionSheet.of(jingang, untrue, NAMES);

        assertThat(sheet.confirmed()).isFalse();
        assertThat(sheet.conclusion()).isEqualTo("查验不属实");
        assertThat(sheet.concludedAt()).isEqualTo("2022-11-18 16:00");
    }

    @Test
    void aRecordNotConcludedIsNeverPutOnPaper() {
        InspectionRecord draft = new InspectionRecord(concluded.caseId(), concluded.inspectedOn(), concluded.inspectors(), concluded.items(),
                concluded.attachments(), null, concluded.savedBy(), concluded.savedAt(), 1);

        assertThatNullPointerException().isThrownBy(() -> InspectionSheet.of(jingang, draft, NAMES));
    }

    private InspectionRecord withAttachments(List<Attachment> attachments) {
        return new InspectionRecord(concluded.caseId(), concluded.inspectedOn(), concluded.inspectors(), concluded.items(), attachments,
                concluded.conclusion(), concluded.savedBy(), concluded.savedAt(), concluded.version());
    }
}
