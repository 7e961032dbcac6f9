package cn.dalian.laborbrand.application.campaign;

import org.springframework.http.HttpStatus;

import cn.dalian.laborbrand.platform.problem.ErrorCode;

/** The ways a campaign refuses, each with a stable code. */
public enum CampaignProblem implements ErrorCode {
    CAMPAIGN_WINDOW_CLOSED(HttpStatus.UNPROCESSABLE_CONTENT, "Outside the application window", "当前不在申报受理时间内。"),
    CAMPAIGN_INVALID(HttpStatus.UNPROCESSABLE_CONTENT, "Campaign invalid", "申报批次的设置不正确。"),
    NO_CAMPAIGN(HttpStatus.CONFLICT, "No campaign", "目前没有可申报的批次。");

    private final Text text;

    CampaignProblem(HttpStatus status, String title, String defaultDetail) {
        this.text = new Text(status, title, defaultDetail);
    }

    @Override
    public Text text() {
        return text;
    }
}
