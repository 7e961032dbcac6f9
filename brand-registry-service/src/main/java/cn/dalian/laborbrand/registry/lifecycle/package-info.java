/**
 * Lifecycle: a certified brand's status machine under dynamic management (动态管理): rectification ordered,
 * extended, accepted; exit proposed and decided by the leading group office; provincial certification recorded.
 * Plain rules for now; each step answers the new state and the facts a service will publish.
 */
@ApplicationModule(displayName = "品牌动态管理 lifecycle")
package cn.dalian.laborbrand.registry.lifecycle;

import org.springframework.modulith.ApplicationModule;
