package cn.dalian.laborbrand.platform.starter.security;

import org.springframework.security.core.AuthenticationException;

import cn.dalian.laborbrand.platform.problem.PlatformException;

/**
 * A token refused for its account claims ({@link AccountClaims}): an authentication failure, so that the resource
 * server's entry point answers it, carrying the refusal the problem document is written from.
 */
public final class UnusableClaimException extends AuthenticationException {

    private final transient PlatformException refusal;

    UnusableClaimException(PlatformException refusal) {
        super(refusal.getMessage());
        this.refusal = refusal;
    }

    public PlatformException refusal() {
        return refusal;
    }
}
