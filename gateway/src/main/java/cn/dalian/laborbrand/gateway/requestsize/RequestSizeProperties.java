package cn.dalian.laborbrand.gateway.requestsize;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/** @param max the largest request body the gateway lets through (evidence uploads are the big ones) */
@Validated
@ConfigurationProperties("laborbrand.gateway.request-size")
public record RequestSizeProperties(@NotNull DataSize max) {
}
