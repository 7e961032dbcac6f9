package cn.dalian.laborbrand.subsidy.payment;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The treasury's payment system as subsidy-service reaches it (docs/payment-system-api.md) and how its sender and poller
 * pace themselves.
 *
 * @param url            where it answers ({@code PAYMENT_SYSTEM_URI})
 * @param secret         the shared HMAC secret ({@code PAYMENT_SYSTEM_SECRET}; no default: a deployment sets its own, the
 *                       embedded run and the tests the demo value)
 * @param callbackUrl    where it sends results ({@code PAYMENT_CALLBACK_URL}; through the gateway)
 * @param merchantId     the platform's merchant id with it
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout    how long to wait for an answer (a timeout leaves it unknown whether the payment was accepted: it is
 *                       sent again with the same key)
 * @param sendInterval   how often the sender looks for payments due
 * @param batchSize      at most this many sends or questions per run of each job
 * @param lease          how long a payment taken by a sender or poller is left to it (longer than its calls with retries)
 * @param retryFirst     the first wait before a payment that could not be sent is sent again, doubled each time …
 * @param retryLongest   … up to this
 * @param pollAfter      how long after its acceptance a payment without a result is asked for, and again after that
 * @param jobsEnabled    whether this instance sends and polls (tests of other features turn it off: they share the database)
 */
@Validated
@ConfigurationProperties("laborbrand.subsidy.payment")
record PaymentProperties(@NotBlank String url, @NotBlank(message = "PAYMENT_SYSTEM_SECRET must be set") String secret,
        @NotBlank String callbackUrl, @DefaultValue("dalian-hrss-laborbrand") @NotBlank String merchantId,
        @DefaultValue("2s") Duration connectTimeout, @DefaultValue("10s") Duration readTimeout, @DefaultValue("2s") Duration sendInterval,
        @DefaultValue("20") @Positive int batchSize, @DefaultValue("2m") Duration lease, @DefaultValue("10s") Duration retryFirst,
        @DefaultValue("5m") Duration retryLongest, @DefaultValue("1m") Duration pollAfter, @DefaultValue("true") boolean jobsEnabled) {
}
