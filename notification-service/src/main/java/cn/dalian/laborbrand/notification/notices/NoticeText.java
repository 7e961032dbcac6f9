package cn.dalian.laborbrand.notification.notices;

/**
 * A message as written for each channel: the inbox's title and body, the e-mail's subject with its text and HTML bodies,
 * and the SMS text (within one SMS segment, signature included).
 */
public record NoticeText(String title, String body, String emailSubject, String emailText, String emailHtml, String sms) {
}
