package cn.dalian.laborbrand.review.casework;

import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.dalian.laborbrand.contracts.vocabulary.ApplicationPart;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;

/** What reviewers send when they decide. */
public final class CaseRequests {

    private CaseRequests() {
    }

    /**
     * The district bureau's decision after review and on-site check; the comment is the reason when it does not select.
     *
     * @param overrideReason why a level is chosen that the pre-check did not find met
     * @param judgement      the written judgement of lost dispute cases (研判意见), when the pre-check flags them
     */
    public record DistrictDecisionRequest(
            @NotNull(message = "请选择是否入选区级劳务品牌") Boolean districtLevelSelected,
            boolean cityRecommended,
            @Size(max = 2000, message = "审核意见不能超过 2000 个字") String comment,
            @Size(max = 2000, message = "理由不能超过 2000 个字") String overrideReason,
            @Size(max = 2000, message = "研判意见不能超过 2000 个字") String judgement) {

        /** A decision with nothing to override and nothing to judge. */
        public DistrictDecisionRequest(Boolean districtLevelSelected, boolean cityRecommended, String comment) {
            this(districtLevelSelected, cityRecommended, comment, null, null);
        }
    }

    /** The city bureau's re-review. */
    public record CityReviewRequest(
            @NotNull(message = "请选择复审是否通过") Boolean approved,
            @Size(max = 2000, message = "复审意见不能超过 2000 个字") String comment) {
    }

    /** The leading group office's decision; the level is needed when it approves. */
    public record ApprovalRequest(
            @NotNull(message = "请选择是否核准认定") Boolean approved,
            BrandLevel level,
            @Size(max = 2000, message = "意见不能超过 2000 个字") String comment,
            @Size(max = 2000, message = "理由不能超过 2000 个字") String overrideReason) {

        /** An approval at a level the pre-check met. */
        public ApprovalRequest(Boolean approved, BrandLevel level, String comment) {
            this(approved, level, comment, null);
        }
    }

    /** A rejection (不予通过) by the office working on the case, with the reason the unit receives. */
    public record RejectionRequest(
            @NotBlank(message = "请写明不予通过的理由") @Size(max = 2000, message = "理由不能超过 2000 个字") String reason) {
    }

    /** Who works on the case from now on; empty to leave it unassigned. */
    public record AssignmentRequest(
            @Size(max = 100, message = "承办人账号不能超过 100 个字符") String assignee) {
    }

    /**
     * The district's request for a supplement (补充材料): which parts it reopens, what is missing, and within how many
     * working days the unit resubmits.
     */
    public record SupplementRequest(
            @NotEmpty(message = "请选择需要补充的内容") Set<@NotNull ApplicationPart> parts,
            @NotBlank(message = "请写明需要补充什么、为什么") @Size(max = 2000, message = "补充说明不能超过 2000 个字") String note,
            @Min(value = 1, message = "补充期限至少 1 个工作日") @Max(value = 30, message = "补充期限最多 30 个工作日") int dueWorkingDays) {
    }
}
