package cn.dalian.laborbrand.review.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.review.casework.ReviewCase;
import cn.dalian.laborbrand.review.casework.ReviewStage;
import cn.dalian.laborbrand.review.inspection.Attachment;
import cn.dalian.laborbrand.review.inspection.InspectionRecord;

/**
 * The layout of the city submission package, what happens to a material or an inspection file that cannot be fetched,
 * and to a case without a concluded inspection.
 */
class CityPackageTest {

    private static final UUID APPLICATION = UUID.fromString("1a2b3c4d-0000-4000-8000-000000000001");
    private static final UnitMaterials.File LICENCE = new UnitMaterials.File(UUID.randomUUID(), "营业执照", "application/pdf", 3);
    private static final UnitMaterials.File REPORT = new UnitMaterials.File(UUID.randomUUID(), "申报报告", "application/pdf", 3);
    private static final UnitMaterials.File CONTRACT = new UnitMaterials.File(UUID.randomUUID(), "集体合同", "application/pdf", 3);

    private static final ReviewCase JINGANG = ExportSamples.jingang(ReviewStage.PUBLICITY);
    private static final InspectionRecord INSPECTED = ExportSamples.inspection(JINGANG);
    private static final CityPackage.Inspection CONCLUDED = CityPackage.Inspection.of(Optional.of(INSPECTED),
            record -> "%PDF inspection".getBytes(StandardCharsets.UTF_8));

    /** application-service as the exporter sees it: the collective contract's file and the roster spot check sheet are refused. */
    private static final UnitMaterials MATERIALS = new UnitMaterials() {

        @Override
        public List<Kind> checklist(UUID applicationId) {
            return List.of(new Kind("ATTACHMENT_TWO", "附件2 推荐对象征求意见表", true, true, List.of()),
                    new Kind("BUSINESS_LICENCE", "营业执照或法人登记证书", true, false, List.of(LICENCE)),
                    new Kind("APPLICATION_REPORT", "申报报告", true, false, List.of(REPORT)),
                    new Kind("COLLECTIVE_CONTRACT", "集体合同", true, false, List.of(CONTRACT)));
        }

        @Override
        public String download(UUID applicationId, File file, Path target) {
            if (file.equals(CONTRACT)) {
                throw new Unavailable("申报服务未找到该材料（404）");
            }
            try {
                Files.writeString(target, "%PDF " + file.label());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return file.label() + ".pdf";
        }

        @Override
        public String downloadInspectionFile(UUID applicationId, Attachment attachment, Path target) {
            if (attachment.equals(ExportSamples.SPOT_CHECK_SHEET)) {
                throw new Unavailable("申报服务未找到该材料（404）");
            }
            try {
                Files.writeString(target, "JPEG " + attachment.name());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return attachment.name();
        }
    };

    @Test
    void eachCaseIsAFolderNamedByItsBrandWithItsFormOpinionAndMaterialsByKind() throws IOException {
        Map<String, String> entries = write(folder("大连甘井子金港家政服务师劳务品牌"), MATERIALS);

        String root = "大连甘井子金港家政服务师劳务品牌/";
        assertThat(entries).containsKeys(root + "附件1 劳务品牌申报表.pdf", root + "区级审核意见.pdf", root + "实地查验记录.pdf",
                root + "申报材料/02 营业执照或法人登记证书/营业执照.pdf", root + "申报材料/03 申报报告/申报报告.pdf", root + "缺失材料清单.txt");
        assertThat(entries.get(root + "申报材料/02 营业执照或法人登记证书/营业执照.pdf")).isEqualTo("%PDF 营业执照");
        assertThat(entries.keySet()).noneMatch(name -> name.contains("集体合同/"));
    }

    @Test
    void aMaterialThatCannotBeFetchedAndAMandatoryKindWithoutFileAreListedInsteadOfFailingThePackage() throws IOException {
        Map<String, String> entries = write(folder("大连甘井子金港家政服务师劳务品牌"), MATERIALS);

        String missing = entries.get("大连甘井子金港家政服务师劳务品牌/缺失材料清单.txt");
        assertThat(missing).startsWith("\uFEFF缺失材料清单\r\n")
                .contains("申报单位：大连金港人力资源服务有限公司", "以下材料未能收入本材料包：\r\n1. 集体合同 / 集体合同：申报服务未找到该材料（404）",
                        "申报单位未提交的必备材料：\r\n1. 附件2 推荐对象征求意见表");
    }

    @Test
    void whenTheChecklistCannotBeReadTheFolderStillHoldsItsDocumentsAndSaysWhy() throws IOException {
        UnitMaterials down = new UnitMaterials() {

            @Override
            public List<Kind> checklist(UUID applicationId) {
                throw new Unavailable("无法连接申报服务或读取中断");
            }

            @Override
            public String download(UUID applicationId, File file, Path target) {
                throw new AssertionError("nothing to download without a checklist");
            }

            @Override
            public String downloadInspectionFile(UUID applicationId, Attachment attachment, Path target) {
                throw new Unavailable("无法连接申报服务或读取中断");
            }
        };

        Map<String, String> entries = write(folder("大连甘井子金港家政服务师劳务品牌"), down);

        assertThat(entries).containsOnlyKeys("大连甘井子金港家政服务师劳务品牌/附件1 劳务品牌申报表.pdf", "大连甘井子金港家政服务师劳务品牌/区级审核意见.pdf",
                "大连甘井子金港家政服务师劳务品牌/实地查验记录.pdf", "大连甘井子金港家政服务师劳务品牌/缺失材料清单.txt");
        assertThat(entries.get("大连甘井子金港家政服务师劳务品牌/缺失材料清单.txt")).contains("1. 全部申报材料：无法连接申报服务或读取中断",
                "2. 实地查验附件 / 培训场地现场照片.jpg：无法连接申报服务或读取中断");
    }

    @Test
    void anApplicationNotKeptHasNoFormButSaysWhereToGetIt() throws IOException {
        CityPackage.CaseFolder withoutForm = new CityPackage.CaseFolder("大连金州海湾焊工劳务品牌", "大连海湾职业培训学校", APPLICATION,
                Optional.empty(), "%PDF opinion".getBytes(StandardCharsets.UTF_8), CONCLUDED);

        Map<String, String> entries = write(withoutForm, MATERIALS);

        assertThat(entries).doesNotContainKey("大连金州海湾焊工劳务品牌/附件1 劳务品牌申报表.pdf");
        assertThat(entries.get("大连金州海湾焊工劳务品牌/缺失材料清单.txt")).contains("附件1 劳务品牌申报表.pdf：评审服务未保存该申报的申报表内容");
    }

    @Test
    void theConcludedInspectionsRecordAndItsPhotosAndDocumentsAreInTheCaseFolder() throws IOException {
        Map<String, String> entries = write(folder("大连甘井子金港家政服务师劳务品牌"), MATERIALS);

        String root = "大连甘井子金港家政服务师劳务品牌/";
        assertThat(entries.get(root + "实地查验记录.pdf")).isEqualTo("%PDF inspection");
        assertThat(entries.get(root + "实地查验附件/培训场地现场照片.jpg")).isEqualTo("JPEG 培训场地现场照片.jpg");
    }

    @Test
    void anInspectionFileThatCannotBeFetchedIsListedAsMissing() throws IOException {
        Map<String, String> entries = write(folder("大连甘井子金港家政服务师劳务品牌"), MATERIALS);

        assertThat(entries.keySet()).noneMatch(name -> name.contains("花名册抽查记录"));
        assertThat(entries.get("大连甘井子金港家政服务师劳务品牌/缺失材料清单.txt"))
                .contains("2. 实地查验附件 / 花名册抽查记录.pdf：申报服务未找到该材料（404）");
    }

    @Test
    void aCaseWithoutAnInspectionRecordHasNoneInItsFolderButSaysSo() throws IOException {
        CityPackage.Inspection none = CityPackage.Inspection.of(Optional.empty(), record -> {
            throw new AssertionError("nothing to render");
        });

        Map<String, String> entries = write(folder("大连甘井子金港家政服务师劳务品牌", none), MATERIALS);

        assertThat(entries.keySet()).noneMatch(name -> name.contains("实地查验"));
        assertThat(entries.get("大连甘井子金港家政服务师劳务品牌/缺失材料清单.txt")).contains("1. 实地查验记录.pdf：该案件没有实地查验记录");
    }

    @Test
    void anInspectionNotConcludedIsLeftOutWithItsFilesAndSaysSo() throws IOException {
        InspectionRecord draft = new InspectionRecord(INSPECTED.caseId(), INSPECTED.inspectedOn(), INSPECTED.inspectors(), INSPECTED.items(),
                INSPECTED.attachments(), null, INSPECTED.savedBy(), INSPECTED.savedAt(), 2);
        CityPackage.Inspection unfinished = CityPackage.Inspection.of(Optional.of(draft), record -> {
            throw new AssertionError("a draft is not rendered");
        });

        Map<String, String> entries = write(folder("大连甘井子金港家政服务师劳务品牌", unfinished), MATERIALS);

        assertThat(entries.keySet()).noneMatch(name -> name.contains("实地查验"));
        assertThat(entries.get("大连甘井子金港家政服务师劳务品牌/缺失材料清单.txt"))
                .contains("1. 实地查验记录.pdf：实地查验尚未作出查验结论（填写中），查验记录及其附件未收入本材料包");
    }

    @Test
    void twoCasesOfTheSameBrandNameGetTwoFolders() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (CityPackage city = new CityPackage(zip, ExportSamples.DEC_01)) {
            city.add(folder("大连甘井子金港家政服务师劳务品牌"), MATERIALS);
            city.add(folder("大连甘井子金港家政服务师劳务品牌"), MATERIALS);
        }

        assertThat(read(zip.toByteArray())).containsKeys("大连甘井子金港家政服务师劳务品牌/区级审核意见.pdf", "大连甘井子金港家政服务师劳务品牌（2）/区级审核意见.pdf");
    }

    private static CityPackage.CaseFolder folder(String brand) {
        return folder(brand, CONCLUDED);
    }

    private static CityPackage.CaseFolder folder(String brand, CityPackage.Inspection inspection) {
        return new CityPackage.CaseFolder(brand, "大连金港人力资源服务有限公司", APPLICATION, Optional.of("%PDF form".getBytes(StandardCharsets.UTF_8)),
                "%PDF opinion".getBytes(StandardCharsets.UTF_8), inspection);
    }

    private static Map<String, String> write(CityPackage.CaseFolder folder, UnitMaterials materials) throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (CityPackage city = new CityPackage(zip, ExportSamples.DEC_01)) {
            city.add(folder, materials);
        }
        return read(zip.toByteArray());
    }

    static Map<String, String> read(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
