package cn.dalian.laborbrand.notification.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Map;
import java.util.UUID;

import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.eclipse.angus.mail.util.SocketConnectException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;

class EmailSenderTest {

    private static final EmailSender.Email SUPPLEMENT = new EmailSender.Email("需补充申报材料",
            "大连金港人力资源服务有限公司：区人社部门请您单位补充品牌简介。", "<p>大连金港人力资源服务有限公司：区人社部门请您单位补充品牌简介。</p>");

    private final JavaMailSender smtp = mock(JavaMailSender.class);
    private EmailSender sender;

    @BeforeEach
    void givenAnSmtpServer() {
        when(smtp.createMimeMessage()).thenAnswer(call -> new MimeMessage((Session) null));
        sender = new EmailSender(smtp, new MailProperties("大连市劳务品牌服务平台 <noreply@laborbrand.example.com>"));
    }

    @Test
    void aMalformedAddressFailsForGoodWithoutTalkingToTheServer() {
        SendResult result = sender.send(UUID.randomUUID(), "hr@jingang-hr", "王立新", SUPPLEMENT);

        assertThat(result).isInstanceOfSatisfying(SendResult.Permanent.class, failed -> assertThat(failed.code()).isEqualTo("INVALID_EMAIL"));
        verify(smtp, never()).send(any(MimeMessage.class));
    }

    @Test
    void aRecipientRejectedWith5xxFailsForGood() throws Exception {
        rejecting(550, "5.1.1 <wangli@jingang-hr.com>: Recipient address rejected: User unknown");

        SendResult result = sender.send(UUID.randomUUID(), "wangli@jingang-hr.com", "王立新", SUPPLEMENT);

        assertThat(result).isInstanceOfSatisfying(SendResult.Permanent.class, failed -> {
            assertThat(failed.code()).isEqualTo("SMTP_REJECTED");
            assertThat(failed.providerStatus()).isEqualTo("SMTP 550");
            assertThat(failed.reason()).contains("拒收");
        });
    }

    @Test
    void aRecipientDeferredWith4xxIsTriedAgainLater() throws Exception {
        rejecting(451, "4.7.1 Greylisted, please try again later");

        SendResult result = sender.send(UUID.randomUUID(), "wangli@jingang-hr.com", "王立新", SUPPLEMENT);

        assertThat(result).isInstanceOfSatisfying(SendResult.Transient.class, later -> assertThat(later.providerStatus()).isEqualTo("SMTP 451"));
    }

    @Test
    void noSmtpServerIsTriedAgainLater() {
        doThrow(new MailSendException("Mail server connection failed", new MailConnectException(
                new SocketConnectException("Connection refused", new java.net.ConnectException("Connection refused"), "127.0.0.1", 3025, 5000))))
                .when(smtp).send(any(MimeMessage.class));

        SendResult result = sender.send(UUID.randomUUID(), "wangli@jingang-hr.com", "王立新", SUPPLEMENT);

        assertThat(result).isInstanceOfSatisfying(SendResult.Transient.class, later -> assertThat(later.providerStatus()).isEqualTo("NO_ANSWER"));
    }

    private void rejecting(int code, String reply) throws Exception {
        InternetAddress to = new InternetAddress("wangli@jingang-hr.com");
        SendFailedException failed = new SendFailedException("Invalid Addresses",
                new SMTPAddressFailedException(to, "RCPT TO:<wangli@jingang-hr.com>", code, reply), new InternetAddress[0],
                new InternetAddress[0], new InternetAddress[] { to });
        doThrow(new MailSendException(Map.of(new Object(), failed))).when(smtp).send(any(MimeMessage.class));
    }
}
