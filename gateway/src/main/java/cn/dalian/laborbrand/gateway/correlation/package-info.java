/**
 * Correlation: every request carries a correlation id from here to the services, their problems and logs.
 */
@ApplicationModule(displayName = "关联编号 correlation")
package cn.dalian.laborbrand.gateway.correlation;

import org.springframework.modulith.ApplicationModule;
