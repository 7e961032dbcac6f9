/**
 * Security: the token check (issuer, audience, realm roles; Keycloak's keys with a bounded refresh) before any route, and CORS for the SPA.
 */
@ApplicationModule(displayName = "安全 security")
package cn.dalian.laborbrand.gateway.security;

import org.springframework.modulith.ApplicationModule;
