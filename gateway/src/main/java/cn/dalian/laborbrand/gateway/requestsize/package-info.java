/**
 * Request size: bodies larger than their path allows (roster imports and material uploads have limits of their own)
 * are refused by their declared length before anything is read, or cut off as they stream in when sent without one.
 */
@ApplicationModule(displayName = "请求大小 requestsize")
package cn.dalian.laborbrand.gateway.requestsize;

import org.springframework.modulith.ApplicationModule;
