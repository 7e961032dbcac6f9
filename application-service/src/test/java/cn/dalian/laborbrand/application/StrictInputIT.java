package cn.dalian.laborbrand.application;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.StrictInputContract;
import cn.dalian.laborbrand.platform.test.TestUser;

/** The bad inputs, sent to the drafts of Attachment 1: a refused one leaves no application behind. */
@PlatformIntegrationTest
class StrictInputIT implements StrictInputContract {

    @Override
    public JsonWrite jsonWrite() {
        return new JsonWrite("POST", "/api/applications", TestUser.APPLICANT_A, """
                {"brandName": "大连甘井子金港家政服务师劳务品牌", "cityBrandName": "大连金港家政服务师劳务品牌",
                 "description": "金港家政服务师品牌创建于2015年。", "requestedLevels": ["DISTRICT", "CITY"],
                 "declaredYears": [
                   {"year": 2021, "trainedCount": 1120, "trainingPassRatePercent": 86.5, "employedCount": 1050,
                    "speciallyTrainedSharePercent": 62.0, "lostDisputeCases": 0, "unfinishedRectifications": 0}],
                 "labourPractice": {"contractSigningRatePercent": 100, "employmentFilingRatePercent": 100,
                                    "collectiveContractInForce": true, "labourRelationsCoordinators": 2, "massLabourDisputeOccurred": false}}
                """, "/brandName", "/description", "/requestedLevels/0", "/labourPractice/collectiveContractInForce", "/declaredYears/0/trainedCount");
    }

    @Override
    public long written(ApplicationContext context) {
        return context.getBean(JdbcClient.class).sql("SELECT count(*) FROM application").query(Long.class).single();
    }
}
