package cn.dalian.laborbrand.application.evidence;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.dalian.laborbrand.application.intake.Applicant;
import cn.dalian.laborbrand.platform.security.Role;
import cn.dalian.laborbrand.platform.starter.security.CurrentUser;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;

/**
 * The materials a test application needs before it is handed in: one small real file for every kind its checklist
 * makes mandatory. Documents go through the upload endpoint as a unit sends them; the roster, which only the roster
 * import takes, as a small CSV through {@link EvidenceService#receive} (what the import will call).
 */
public final class Materials {

    private static final Map<MaterialKind, String> NAMES = Map.of(
            MaterialKind.ATTACHMENT_TWO, "附件2 推荐对象征求意见表（甘井子区发改局、市场监管局意见）.pdf",
            MaterialKind.BUSINESS_LICENCE, "营业执照（副本）扫描件.png",
            MaterialKind.APPLICATION_REPORT, "金港家政服务师劳务品牌申报报告.pdf",
            MaterialKind.TRAINING_EVIDENCE, "2021-2022年度培训课程、学员名单及考核结果.pdf",
            MaterialKind.ROSTER, "务工人员花名册.csv",
            MaterialKind.OUTPUT_AGREEMENTS, "有组织输出协议（大连长兴岛造船有限公司）.pdf",
            MaterialKind.OUT_OF_PROVINCE_PROOFS, "省外务工人员劳动合同及社保缴纳证明.pdf",
            MaterialKind.LABOUR_RULES, "劳动规章制度汇编.pdf",
            MaterialKind.COLLECTIVE_CONTRACT, "集体合同（2021-2023）.pdf",
            MaterialKind.COORDINATION_BODY, "劳动关系协调委员会章程及协调员名单.pdf");

    private Materials() {
    }

    /** Uploads every mandatory material of the unit's application, documents through the endpoint. */
    public static void provideMandatory(RestTestClient http, EvidenceService evidence, TestUser unit, UUID applicationId) {
        Applicant applicant = new Applicant(unit.orgId(), unit.username());
        for (MaterialsView.Material material : evidence.materials(applicationId, reader(applicant)).materials()) {
            if (!material.mandatory() || !material.files().isEmpty()) {
                continue;
            }
            if (material.onlyThroughRosterImport()) {
                receiveRoster(evidence, applicationId, applicant);
            } else {
                http.post().uri("/api/applications/{id}/materials/{kind}/files?name={name}", applicationId, material.kind(),
                                NAMES.get(material.kind()))
                        .headers(Tokens.as(unit))
                        .contentType(MediaType.APPLICATION_OCTET_STREAM)
                        .body(contentOf(material.kind()))
                        .exchange()
                        .expectStatus().isCreated();
            }
        }
    }

    /** The same through the service alone, for tests that drive the services directly (and may roll back). */
    public static void provideMandatory(EvidenceService evidence, Applicant applicant, UUID applicationId) {
        for (MaterialsView.Material material : evidence.materials(applicationId, reader(applicant)).materials()) {
            if (material.mandatory() && material.files().isEmpty()) {
                evidence.receive(applicationId, material.kind(), NAMES.get(material.kind()), new ByteArrayInputStream(contentOf(material.kind())),
                        applicant);
            }
        }
    }

    /** The roster as the roster import will hand it over: a small UTF-8 CSV. */
    public static MaterialFile receiveRoster(EvidenceService evidence, UUID applicationId, Applicant applicant) {
        return evidence.receive(applicationId, MaterialKind.ROSTER, NAMES.get(MaterialKind.ROSTER), new ByteArrayInputStream(SampleFiles.csv()),
                applicant);
    }

    private static byte[] contentOf(MaterialKind kind) {
        return switch (kind) {
            case ROSTER -> SampleFiles.csv();
            case BUSINESS_LICENCE -> SampleFiles.png();
            default -> SampleFiles.pdf(kind.name());
        };
    }

    private static CurrentUser reader(Applicant applicant) {
        return new CurrentUser("sub-" + applicant.username(), applicant.username(), Set.of(Role.APPLICANT), Optional.of(applicant.orgId()),
                Optional.empty());
    }
}
