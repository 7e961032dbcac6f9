package cn.dalian.laborbrand.application.intake;

/** Attachment 1 of 大连金港人力资源服务有限公司 as the tests open drafts with it. */
public final class Drafts {

    /** Both levels, both years, every part: passes every check but the materials. */
    public static final String COMPLETE = """
            {"brandName": "大连甘井子金港家政服务师劳务品牌", "cityBrandName": "大连金港家政服务师劳务品牌",
             "description": "金港家政服务师品牌创建于2015年，面向甘井子区及周边城乡劳动者开展母婴护理、养老护理等特色培训。",
             "requestedLevels": ["DISTRICT", "CITY"],
             "declaredYears": [
               {"year": 2021, "trainedCount": 1120, "trainingPassRatePercent": 86.5, "employedCount": 1050,
                "speciallyTrainedSharePercent": 62.0, "lostDisputeCases": 0, "unfinishedRectifications": 0},
               {"year": 2022, "trainedCount": 1280, "trainingPassRatePercent": 88.2, "employedCount": 1190,
                "speciallyTrainedSharePercent": 65.4, "lostDisputeCases": 0, "unfinishedRectifications": 0}],
             "labourPractice": {"contractSigningRatePercent": 100, "employmentFilingRatePercent": 100,
                                "collectiveContractInForce": true, "labourRelationsCoordinators": 2, "massLabourDisputeOccurred": false}}
            """;

    /** The district level only, both years, every part. */
    public static final String DISTRICT_LEVEL = """
            {"brandName": "大连甘井子金港家政服务师劳务品牌", "description": "金港家政服务师品牌创建于2015年。", "requestedLevels": ["DISTRICT"],
             "declaredYears": [
               {"year": 2021, "trainedCount": 620, "trainingPassRatePercent": 85.0, "employedCount": 540,
                "speciallyTrainedSharePercent": 58.0, "lostDisputeCases": 0, "unfinishedRectifications": 0},
               {"year": 2022, "trainedCount": 640, "trainingPassRatePercent": 86.0, "employedCount": 560,
                "speciallyTrainedSharePercent": 60.0, "lostDisputeCases": 0, "unfinishedRectifications": 0}],
             "labourPractice": {"contractSigningRatePercent": 100, "employmentFilingRatePercent": 100,
                                "collectiveContractInForce": true, "labourRelationsCoordinators": 2, "massLabourDisputeOccurred": false}}
            """;

    private Drafts() {
    }
}
