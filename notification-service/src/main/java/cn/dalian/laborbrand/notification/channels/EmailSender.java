package cn.dalian.laborbrand.notification.channels;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * E-mail over SMTP (Spring Mail): one multipart/alternative message (the text body, then the HTML body), a UTF-8 subject,
 * from the platform's sender. The recipient's address is checked first; the SMTP server's reply decides the rest: 4xx or no
 * connection is "not now", 5xx "never". It never throws: every way a send can end is a {@link SendResult}.
 */
@Component
@EnableConfigurationProperties(MailProperties.class)
public class EmailSender {

    /** The header that names the delivery an e-mail is, for whoever traces one back (and for the tests). */
    public static final String DELIVERY_HEADER = "X-Laborbrand-Delivery";
    private static final Logger log = LoggerFactory.getLogger(EmailSender.class);

    private final JavaMailSender mail;
    private final InternetAddress from;

    EmailSender(JavaMailSender mail, MailProperties properties) {
        this.mail = mail;
        this.from = sender(properties.from());
    }

    /** An e-mail message, as written by the notices. */
    public record Email(String subject, String text, String html) {
    }

    public SendResult send(UUID deliveryId, String address, String recipientName, Email email) {
        Optional<String> to = Addresses.email(address);
        if (to.isEmpty()) {
            return new SendResult.Permanent(null, null, "INVALID_EMAIL", "电子邮件地址格式不正确，邮件未发送。");
        }
        if (email.subject() == null || (email.text() == null && email.html() == null)) {
            return new SendResult.Permanent(null, null, "NO_EMAIL_TEXT", "该消息没有邮件正文，邮件未发送。");
        }
        try {
            mail.send(message(deliveryId, to.get(), recipientName, email));
            return new SendResult.Sent("SMTP 250", "邮件服务器已接收", null);
        } catch (MailSendException failed) {
            return smtpReply(deliveryId, failed);
        } catch (MailAuthenticationException refused) {
            log.warn("e-mail {}: the SMTP server refused our credentials ({})", deliveryId, refused.getMessage());
            return new SendResult.Transient("SMTP AUTH", refused.getMessage(), "邮件服务器拒绝了本平台的登录（请核对 SMTP 账号），邮件等待重新发送。", null);
        } catch (MailException | MessagingException | UnsupportedEncodingException unusable) {
            return new SendResult.Permanent(null, unusable.getMessage(), "EMAIL_UNSENDABLE", "邮件无法生成（地址或内容有误），邮件未发送。");
        }
    }

    private MimeMessage message(UUID deliveryId, String to, String recipientName, Email email)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = mail.createMimeMessage();
        message.setFrom(from);
        message.setRecipient(MimeMessage.RecipientType.TO, recipientName == null ? new InternetAddress(to, true)
                : new InternetAddress(to, recipientName, StandardCharsets.UTF_8.name()));
        message.setSubject(email.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        message.setHeader(DELIVERY_HEADER, deliveryId.toString());
        MimeMultipart alternative = new MimeMultipart("alternative");
        // the plainest first: a reader shows the last part it can
        if (email.text() != null) {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(email.text(), StandardCharsets.UTF_8.name(), "plain");
            alternative.addBodyPart(text);
        }
        if (email.html() != null) {
            MimeBodyPart html = new MimeBodyPart();
            html.setText(email.html(), StandardCharsets.UTF_8.name(), "html");
            alternative.addBodyPart(html);
        }
        message.setContent(alternative);
        return message;
    }

    /** The SMTP server's reply code, wherever in the causes it is: 5xx refuses the message for good, anything else waits. */
    private static SendResult smtpReply(UUID deliveryId, MailSendException failed) {
        List<Throwable> causes = new ArrayList<>(List.of(failed.getMessageExceptions()));
        if (failed.getCause() != null) {
            causes.add(failed.getCause());
        }
        for (Throwable cause : causes) {
            int depth = 0;
            for (Throwable each = cause; each != null && depth++ < 10; each = next(each)) {
                int code = switch (each) {
                    case SMTPAddressFailedException rejected -> rejected.getReturnCode();
                    case SMTPSendFailedException refused -> refused.getReturnCode();
                    default -> 0;
                };
                if (code >= 500) {
                    log.warn("e-mail {}: the SMTP server refused it with {}", deliveryId, code);
                    return new SendResult.Permanent("SMTP " + code, each.getMessage(), "SMTP_REJECTED",
                            "邮件服务器拒收（SMTP %d，收件地址不存在或被拒绝），邮件未发送。".formatted(code));
                }
                if (code >= 400) {
                    return new SendResult.Transient("SMTP " + code, each.getMessage(), "邮件服务器暂时无法接收（SMTP %d），稍后重新发送。".formatted(code), null);
                }
            }
        }
        log.warn("e-mail {}: no SMTP server answered ({})", deliveryId, failed.getMessage());
        return new SendResult.Transient("NO_ANSWER", failed.getMessage(), "无法连接邮件服务器或应答超时，稍后重新发送。", null);
    }

    private static Throwable next(Throwable each) {
        if (each instanceof MessagingException messaging && messaging.getNextException() != null && messaging.getNextException() != each) {
            return messaging.getNextException();
        }
        return each.getCause() == each ? null : each.getCause();
    }

    private static InternetAddress sender(String from) {
        try {
            InternetAddress parsed = new InternetAddress(from, false);
            return new InternetAddress(parsed.getAddress(), parsed.getPersonal(), StandardCharsets.UTF_8.name());
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new IllegalArgumentException("NOTIFICATION_MAIL_FROM is not an address: " + from, e);
        }
    }
}
