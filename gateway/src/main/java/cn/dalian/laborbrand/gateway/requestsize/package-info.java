/**
 * Request size: bodies larger than allowed are refused by their declared length before anything is read.
 */
@ApplicationModule(displayName = "请求大小 requestsize")
package cn.dalian.laborbrand.gateway.requestsize;

import org.springframework.modulith.ApplicationModule;
