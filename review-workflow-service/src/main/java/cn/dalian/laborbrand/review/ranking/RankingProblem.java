package cn.dalian.laborbrand.review.ranking;

import org.springframework.http.HttpStatus;

import cn.dalian.laborbrand.platform.problem.ErrorCode;

/** The ways the ranking feature refuses an action. */
enum RankingProblem implements ErrorCode {
    PAIRING_CLOSED(HttpStatus.CONFLICT, "Pairing can no longer change", "该申报已报送市级或已办结，结对帮扶情况不能再修改。");

    private final Text text;

    RankingProblem(HttpStatus status, String title, String defaultDetail) {
        this.text = new Text(status, title, defaultDetail);
    }

    @Override
    public Text text() {
        return text;
    }
}
