package cn.dalian.laborbrand.review.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.dalian.laborbrand.platform.validation.PlainName;

/** What the district bureau sends of its on-site inspection. */
public final class InspectionRequests {

    private InspectionRequests() {
    }

    /**
     * The record as far as it is filled in, replacing what was saved before.
     *
     * @param version the version read (0 before the first save); an older one is refused
     */
    public record DraftRequest(
            @NotNull(message = "请带上所编辑查验记录的版本号（version）") @Min(value = 0, message = "版本号不能为负数") Integer version,
            LocalDate inspectedOn,
            @Size(max = 10, message = "查验人员最多填写 10 名")
            List<@NotBlank(message = "查验人员姓名不能为空") @Size(max = 30, message = "查验人员姓名不能超过 30 个字") @PlainName(message = "查验人员姓名只能是一行文字") String> inspectors,
            @Size(max = 100, message = "核查结果最多 100 项") List<@NotNull(message = "核查结果不能为空") @Valid FindingRequest> findings,
            @Size(max = 50, message = "附件最多 50 个") List<@NotNull(message = "附件不能为空") @Valid AttachmentRequest> attachments) {

        public DraftRequest {
            inspectors = inspectors == null ? List.of() : inspectors;
            findings = findings == null ? List.of() : findings;
            attachments = attachments == null ? List.of() : attachments;
        }
    }

    /** @param item the checklist item's key */
    public record FindingRequest(
            @NotBlank(message = "请指明核查项") @Size(max = 80, message = "核查项不正确") String item,
            @NotNull(message = "请选择核查结果") Finding finding,
            @Size(max = 500, message = "说明不能超过 500 个字") String note) {
    }

    /** A photo or document uploaded to the application's inspection files (application-service). */
    public record AttachmentRequest(
            @NotNull(message = "请指明附件文件") UUID fileId,
            @NotBlank(message = "附件名称不能为空") @Size(max = 200, message = "附件名称不能超过 200 个字") @PlainName(message = "附件名称只能是一行文字") String name) {
    }

    /** The inspectors' conclusion on the version of the record read. */
    public record ConclusionRequest(
            @NotNull(message = "请带上所编辑查验记录的版本号（version）") @Min(value = 0, message = "版本号不能为负数") Integer version,
            @NotNull(message = "请选择查验结论（查验属实或查验不属实）") Boolean confirmed,
            @Size(max = 2000, message = "查验结论不能超过 2000 个字") String conclusion) {
    }
}
