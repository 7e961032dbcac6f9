package cn.dalian.laborbrand.review.objection;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Objections from the public and what keeps them honest.
 *
 * @param perClientPerHour        objections one client address may try to lodge in an hour
 * @param lookupsPerClientPerHour receipts one client address may look up in an hour (a query code is not guessed)
 * @param maxClients              client addresses remembered at most; idle ones are forgotten first
 * @param proxyHops               how many proxies of the platform's own append to {@code X-Forwarded-For} (the gateway: 1)
 * @param challengeKey            the key challenge tokens are signed with; every instance shares it
 * @param challengeValidity       how long a challenge may be answered
 */
@Validated
@ConfigurationProperties("laborbrand.objections")
public record ObjectionProperties(@Min(1) int perClientPerHour, @Min(1) int lookupsPerClientPerHour, @Min(100) int maxClients,
        @Min(0) int proxyHops, @NotBlank @Size(min = 16) String challengeKey, @NotNull Duration challengeValidity) {
}
