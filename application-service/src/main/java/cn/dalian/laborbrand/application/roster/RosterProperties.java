package cn.dalian.laborbrand.application.roster;

import java.util.Map;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxRows     the most data rows a roster may have
 * @param keys        AES-256 keys (Base64, 32 bytes) by id that workers' personal data is encrypted with
 * @param currentKey  the id of the key new rows are encrypted with; older keys stay to read older rows
 * @param hmacKey     the key of the ID numbers' HMAC (Base64, at least 32 bytes), which finds one person across rosters
 */
@Validated
@ConfigurationProperties("laborbrand.roster")
record RosterProperties(@Min(1) int maxRows, @NotEmpty Map<String, String> keys, @NotBlank String currentKey,
        @NotBlank String hmacKey) {
}
