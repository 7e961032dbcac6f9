/**
 * Feed: what the provincial public employment service system pulls into its 劳务品牌 module. Every registry event
 * the province follows ({@code RegistryEvents.PROVINCIAL_FEED}) is written to the journal in the transaction that
 * publishes it ({@link cn.dalian.laborbrand.registry.feed.RegistryPublisher}), and read back page by page from a
 * cursor. Owns the {@code feed_entry} table.
 */
@ApplicationModule(displayName = "省级推送 feed")
package cn.dalian.laborbrand.registry.feed;

import org.springframework.modulith.ApplicationModule;
