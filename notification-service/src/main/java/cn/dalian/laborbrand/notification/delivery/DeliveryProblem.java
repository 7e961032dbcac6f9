package cn.dalian.laborbrand.notification.delivery;

import org.springframework.http.HttpStatus;

import cn.dalian.laborbrand.platform.problem.ErrorCode;

/** The ways an operator's question or resend about a delivery is refused, each with a stable code. */
public enum DeliveryProblem implements ErrorCode {
    DELIVERY_NOT_FOUND(HttpStatus.NOT_FOUND, "Delivery not found", "未找到该投递记录。"),
    DELIVERY_NOT_FAILED(HttpStatus.CONFLICT, "Only a failed delivery can be resent", "只有发送失败的消息才能重新发送。");

    private final Text text;

    DeliveryProblem(HttpStatus status, String title, String defaultDetail) {
        this.text = new Text(status, title, defaultDetail);
    }

    @Override
    public Text text() {
        return text;
    }
}
