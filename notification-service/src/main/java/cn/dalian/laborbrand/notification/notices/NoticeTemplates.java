package cn.dalian.laborbrand.notification.notices;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;

/**
 * Renders a notice in the words of every channel from its Pebble template ({@code templates/notices/<kind>.peb}, blocks
 * {@code title}, {@code body}, {@code emailSubject}, {@code sms} and, for a table, {@code emailHtml}) and the shared e-mail
 * layouts ({@code templates/mail/layout.html.peb}, {@code layout.txt.peb}). HTML is escaped, text and SMS are not; a variable
 * the model lacks is an error, not a blank. Thread-safe: build one at start.
 *
 * @param platformUrl where the e-mails' 「登录平台查看」 link leads (the gateway's public address, {@code NOTIFICATION_PLATFORM_URL})
 */
public final class NoticeTemplates {

    private static final String HTML_LAYOUT = "mail/layout.html.peb";
    private static final String TEXT_LAYOUT = "mail/layout.txt.peb";

    private final String platformUrl;
    private final PebbleEngine text;
    private final PebbleEngine html;

    public NoticeTemplates(String platformUrl) {
        if (platformUrl == null || !platformUrl.matches("https?://\\S+")) {
            throw new IllegalArgumentException("the platform's URL must be an http(s) address: " + platformUrl);
        }
        this.platformUrl = platformUrl.replaceAll("/+$", "");
        this.text = engine(false);
        this.html = engine(true);
        // a kind without its template fails at start, not when its first event arrives
        Arrays.stream(NoticeKind.values()).forEach(kind -> text.getTemplate(templateOf(kind)));
    }

    public String platformUrl() {
        return platformUrl;
    }

    /**
     * The notice's text for every channel.
     *
     * @param model the template's variables (an event as {@code e}, the words derived from it); {@code recipientName}, where
     *              known, greets the reader by name in the e-mail
     * @return the texts; the SMS is checked against one segment when it is sent ({@link SmsLength#check}), not here
     */
    public NoticeText render(NoticeKind kind, Map<String, ?> model) {
        Map<String, Object> context = new HashMap<>(model);
        context.putIfAbsent("recipientName", null);
        context.put("platformUrl", platformUrl);
        PebbleTemplate plain = text.getTemplate(templateOf(kind));
        String title = line(block(plain, "title", context));
        String body = block(plain, "body", context).strip();
        String subject = line(block(plain, "emailSubject", context));
        String sms = SmsLength.signed(line(block(plain, "sms", context)));

        context.put("title", title);
        context.put("body", body);
        context.put("htmlBody", block(html.getTemplate(templateOf(kind)), "emailHtml", context).strip());
        String emailText = evaluate(text.getTemplate(TEXT_LAYOUT), context);
        String emailHtml = evaluate(html.getTemplate(HTML_LAYOUT), context);
        return new NoticeText(title, body, subject, emailText, emailHtml, sms);
    }

    static String templateOf(NoticeKind kind) {
        return "notices/" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".peb";
    }

    private static PebbleEngine engine(boolean escapeHtml) {
        ClasspathLoader loader = new ClasspathLoader(NoticeTemplates.class.getClassLoader());
        loader.setPrefix("templates");
        return new PebbleEngine.Builder()
                .loader(loader)
                .extension(new NoticeFilters())
                .strictVariables(true)
                .autoEscaping(escapeHtml)
                .defaultEscapingStrategy("html")
                .defaultLocale(Locale.SIMPLIFIED_CHINESE)
                .build();
    }

    /** A title, subject or SMS is one line: the template's line breaks (kept for reading it) join without a space, as Chinese does. */
    private static String line(String rendered) {
        return rendered.strip().replaceAll("\\s*\\R\\s*", "");
    }

    private static String block(PebbleTemplate template, String block, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        try {
            template.evaluateBlock(block, out, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String evaluate(PebbleTemplate template, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        try {
            template.evaluate(out, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
