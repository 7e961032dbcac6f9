-- 大就办发〔2022〕9号《关于开展2022年度劳务品牌申报认定工作的通知》, 二、认定标准 and 三、工作进程
INSERT INTO campaign (code, title, notice_reference, first_declared_year, last_declared_year, application_deadline, forwarding_deadline)
VALUES ('2022', '2022年度劳务品牌申报认定', '大就办发〔2022〕9号', 2021, 2022, DATE '2022-11-22', DATE '2022-12-02');

INSERT INTO criterion_threshold (campaign, criterion, level, comparison, threshold) VALUES
    ('2022', 'TRAINED_COUNT',                'DISTRICT', 'AT_LEAST',     500),
    ('2022', 'TRAINED_COUNT',                'CITY',     'AT_LEAST',     1000),
    ('2022', 'TRAINING_PASS_RATE',           'DISTRICT', 'GREATER_THAN', 0.80),
    ('2022', 'TRAINING_PASS_RATE',           'CITY',     'GREATER_THAN', 0.80),
    ('2022', 'EMPLOYED_COUNT',               'DISTRICT', 'AT_LEAST',     500),
    ('2022', 'EMPLOYED_COUNT',               'CITY',     'AT_LEAST',     1000),
    ('2022', 'SPECIALLY_TRAINED_SHARE',      'DISTRICT', 'AT_LEAST',     0.50),
    ('2022', 'SPECIALLY_TRAINED_SHARE',      'CITY',     'AT_LEAST',     0.50),
    ('2022', 'CONTRACT_SIGNING_RATE',        'DISTRICT', 'AT_LEAST',     1.00),
    ('2022', 'CONTRACT_SIGNING_RATE',        'CITY',     'AT_LEAST',     1.00),
    ('2022', 'EMPLOYMENT_FILING_RATE',       'DISTRICT', 'AT_LEAST',     1.00),
    ('2022', 'EMPLOYMENT_FILING_RATE',       'CITY',     'AT_LEAST',     1.00),
    ('2022', 'COLLECTIVE_CONTRACT',          'DISTRICT', 'REQUIRED',     NULL),
    ('2022', 'COLLECTIVE_CONTRACT',          'CITY',     'REQUIRED',     NULL),
    ('2022', 'LABOUR_RELATIONS_COORDINATOR', 'DISTRICT', 'REQUIRED',     NULL),
    ('2022', 'LABOUR_RELATIONS_COORDINATOR', 'CITY',     'REQUIRED',     NULL),
    ('2022', 'NO_MASS_LABOUR_DISPUTE',       'DISTRICT', 'REQUIRED',     NULL),
    ('2022', 'NO_MASS_LABOUR_DISPUTE',       'CITY',     'REQUIRED',     NULL);
