/**
 * Rate limit: a token bucket per client address before the token check, per token subject after it; 429 with Retry-After.
 */
@ApplicationModule(displayName = "限流 ratelimit")
package cn.dalian.laborbrand.gateway.ratelimit;

import org.springframework.modulith.ApplicationModule;
