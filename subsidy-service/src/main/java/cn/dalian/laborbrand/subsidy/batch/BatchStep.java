package cn.dalian.laborbrand.subsidy.batch;

import java.time.Instant;

import cn.dalian.laborbrand.platform.security.Role;

/** One audited step on a batch: who, in which role, when, what (the status it led to) and why. */
public record BatchStep(BatchStatus action, String actor, Role role, Instant at, String reason) {
}
