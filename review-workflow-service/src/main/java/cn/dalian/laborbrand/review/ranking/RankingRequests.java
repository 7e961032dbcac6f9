package cn.dalian.laborbrand.review.ranking;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a district sends when it records a pairing. */
final class RankingRequests {

    private RankingRequests() {
    }

    /** 结对子: the paired area, whether it is a key assisted area, and what the pairing consists of. */
    record PairingRequest(
            @NotBlank(message = "请填写结对的脱贫地区") @Size(max = 100, message = "地区名称不能超过 100 个字") String area,
            @NotNull(message = "请选择是否为重点帮扶地区") Boolean keyAssisted,
            @NotBlank(message = "请写明结对帮扶的具体内容") @Size(max = 2000, message = "结对内容不能超过 2000 个字") String arrangement) {
    }
}
