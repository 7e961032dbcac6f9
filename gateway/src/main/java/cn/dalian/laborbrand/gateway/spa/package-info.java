/**
 * The SPA: its built files (the web module's jar, under static/) at the root, every client-side route answered with
 * index.html, hashed assets cached for a year and index.html never, and /web-config.json telling the browser where
 * Keycloak is.
 */
@ApplicationModule(displayName = "单页应用 spa")
package cn.dalian.laborbrand.gateway.spa;

import org.springframework.modulith.ApplicationModule;
