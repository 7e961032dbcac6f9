package cn.dalian.laborbrand.notification.channels;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The platform's e-mails (the SMTP server itself is Spring Boot's {@code spring.mail.*}).
 *
 * @param from the sender, {@code 名称 <address>} ({@code NOTIFICATION_MAIL_FROM})
 */
@Validated
@ConfigurationProperties("laborbrand.notification.mail")
public record MailProperties(@NotBlank String from) {
}
