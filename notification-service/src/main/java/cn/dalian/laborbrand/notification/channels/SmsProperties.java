package cn.dalian.laborbrand.notification.channels;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The SMS gateway (docs of issue 14: sms-api) as notification-service reaches it.
 *
 * @param url            where it answers ({@code SMS_GATEWAY_URI})
 * @param appId          the platform's app id with it ({@code SMS_GATEWAY_APP_ID})
 * @param secret         the shared HMAC secret ({@code SMS_GATEWAY_SECRET})
 * @param signName       the signature shown as 【…】 before every text ({@code SMS_SIGN_NAME})
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout    how long to wait for an answer (a timeout is sent again later under the same requestId: a replay)
 */
@Validated
@ConfigurationProperties("laborbrand.notification.sms")
public record SmsProperties(@NotBlank String url, @NotBlank String appId, @NotBlank String secret, @NotBlank String signName,
        @DefaultValue("2s") Duration connectTimeout, @DefaultValue("10s") Duration readTimeout) {
}
