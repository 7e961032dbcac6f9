package cn.dalian.laborbrand.platform.starter.privacy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** The cipher every service protects personal data with at rest. */
@AutoConfiguration
public class PlatformPrivacyAutoConfiguration {

    @Bean
    PersonalDataCipher personalDataCipher(@Value("${laborbrand.privacy.key}") String key,
            @Value("${laborbrand.privacy.salt}") String salt) {
        return new PersonalDataCipher(key, salt);
    }
}
