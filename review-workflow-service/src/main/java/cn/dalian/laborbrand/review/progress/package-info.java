/**
 * District progress: per district, how far its cases have come in a campaign and whether it has its district-level
 * brand by the goal's day (工作进程 item 6). Owns no table; reads casework's tallies and the campaign's terms.
 */
@ApplicationModule(displayName = "区级进度 progress")
package cn.dalian.laborbrand.review.progress;

import org.springframework.modulith.ApplicationModule;
