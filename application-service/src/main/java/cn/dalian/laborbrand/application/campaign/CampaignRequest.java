package cn.dalian.laborbrand.application.campaign;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.dalian.laborbrand.platform.validation.PlainName;

/** An operator's campaign: what Attachment 1 asks and when. */
public record CampaignRequest(
        @NotBlank(message = "请填写批次名称") @PlainName @Size(max = 100, message = "批次名称不能超过 100 个字") String title,
        @NotBlank(message = "请填写通知文号") @PlainName @Size(max = 100, message = "通知文号不能超过 100 个字") String noticeReference,
        @NotEmpty(message = "请至少填写一个申报年度") @Size(max = 5, message = "最多 5 个申报年度")
        List<@NotNull @Min(value = 2000, message = "年度不正确") @Max(value = 2100, message = "年度不正确") Integer> declaredYears,
        @NotNull(message = "请填写开始受理日期") LocalDate opensOn,
        @NotNull(message = "请填写申报截止日期") LocalDate applicationDeadline,
        @NotNull(message = "请填写报送市级截止日期") LocalDate forwardingDeadline,
        @Min(value = 1, message = "公示期至少 1 个工作日") @Max(value = 30, message = "公示期最多 30 个工作日") int noticeWorkingDays) {

    Campaign toCampaign(String code) {
        return new Campaign(code, title, noticeReference, declaredYears, opensOn, applicationDeadline, forwardingDeadline,
                noticeWorkingDays, 0);
    }
}
