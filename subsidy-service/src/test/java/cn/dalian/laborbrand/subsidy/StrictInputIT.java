package cn.dalian.laborbrand.subsidy;

import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.StrictInputContract;

/** The bad inputs, sent to the platform's test probe: this service's API takes no JSON body of its own yet. */
@PlatformIntegrationTest
class StrictInputIT implements StrictInputContract {
}
