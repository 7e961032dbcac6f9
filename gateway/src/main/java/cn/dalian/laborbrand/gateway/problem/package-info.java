/**
 * Problem: the one writer of the gateway's RFC 9457 problem documents, and the handler of whatever fails.
 */
@ApplicationModule(displayName = "问题文档 problem")
package cn.dalian.laborbrand.gateway.problem;

import org.springframework.modulith.ApplicationModule;
