-- Certificate numbers run per campaign and level: DL-LB-2022-CITY-0001, DL-LB-2022-CITY-0002, …
CREATE TABLE certificate_sequence (
    campaign   varchar(16) NOT NULL,
    level      varchar(16) NOT NULL,
    last_value integer     NOT NULL,
    PRIMARY KEY (campaign, level)
);
