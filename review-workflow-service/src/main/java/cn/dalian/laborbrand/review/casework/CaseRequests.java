package cn.dalian.laborbrand.review.casework;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;

/** What reviewers send when they decide. */
public final class CaseRequests {

    private CaseRequests() {
    }

    /** The district bureau's decision after review and on-site check. */
    public record DistrictDecisionRequest(
            @NotNull(message = "请选择是否入选区级劳务品牌") Boolean districtLevelSelected,
            boolean cityRecommended,
            @Size(max = 2000, message = "审核意见不能超过 2000 个字") String comment) {
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
            @Size(max = 2000, message = "意见不能超过 2000 个字") String comment) {
    }
}
