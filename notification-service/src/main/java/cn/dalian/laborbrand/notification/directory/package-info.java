/**
 * Directory: the staff behind a role or a district, from Keycloak's Admin REST API, cached.
 */
@ApplicationModule(displayName = "人员目录 directory")
package cn.dalian.laborbrand.notification.directory;

import org.springframework.modulith.ApplicationModule;
