package cn.dalian.laborbrand.notification.notices;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service's templates, their e-mails linking to the platform's public address ({@code NOTIFICATION_PLATFORM_URL}). */
@Configuration(proxyBeanMethods = false)
class NoticeTemplatesConfiguration {

    @Bean
    NoticeTemplates noticeTemplates(@Value("${laborbrand.notification.platform-url}") String platformUrl) {
        return new NoticeTemplates(platformUrl);
    }
}
