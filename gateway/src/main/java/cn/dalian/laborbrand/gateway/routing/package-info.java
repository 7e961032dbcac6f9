/**
 * Routing: the services behind the gateway, their circuit breakers and the fallbacks that name them.
 */
@ApplicationModule(displayName = "路由 routing")
package cn.dalian.laborbrand.gateway.routing;

import org.springframework.modulith.ApplicationModule;
