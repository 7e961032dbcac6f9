/**
 * Feed: what the provincial public employment service system pulls into its 劳务品牌 module, every brand
 * of the city's resource library in every status, page by page. Owns no table.
 */
@ApplicationModule(displayName = "省级推送 feed")
package cn.dalian.laborbrand.registry.feed;

import org.springframework.modulith.ApplicationModule;
