/**
 * Rate limit: a token bucket per client (token subject, else address), answered 429 with Retry-After.
 */
@ApplicationModule(displayName = "限流 ratelimit")
package cn.dalian.laborbrand.gateway.ratelimit;

import org.springframework.modulith.ApplicationModule;
