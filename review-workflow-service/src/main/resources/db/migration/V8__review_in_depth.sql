-- What a case needs for eligibility enforced, rejection at any stage and queues people work from.
ALTER TABLE review_case
    ADD COLUMN stage_entered_at  timestamptz,             -- the working-day clock of the current stage starts here
    ADD COLUMN supplement_due_on date,                    -- the last day the unit may resubmit a requested supplement
    ADD COLUMN forwarded_on      date,                    -- the day the district forwarded the case to the city
    ADD COLUMN override_reason   varchar(2000),           -- why the district chose a level the pre-check did not find met
    ADD COLUMN judgement         varchar(2000),           -- 研判意见 on lost dispute cases
    ADD COLUMN assignee          varchar(100),            -- the named reviewer working on the case
    ADD COLUMN assigned_at       timestamptz;

UPDATE review_case c
   SET stage_entered_at = coalesce((SELECT max(t.at) FROM case_transition t WHERE t.case_id = c.id), c.opened_at),
       forwarded_on = (SELECT min(t.at AT TIME ZONE 'Asia/Shanghai')::date FROM case_transition t
                        WHERE t.case_id = c.id AND t.action = 'PUBLICITY_ENDED');
ALTER TABLE review_case ALTER COLUMN stage_entered_at SET NOT NULL;

-- the queue ordered by the time waiting in the stage, and the city's view of what was forwarded
CREATE INDEX review_case_waiting_idx ON review_case (stage_entered_at, id);
CREATE INDEX review_case_forwarded_idx ON review_case (forwarded_on, opened_at, id) WHERE forwarded_on IS NOT NULL;

-- 结对子: a recorded pairing of the applicant with a poverty-alleviated area, the tie-break among equal candidates
CREATE TABLE poverty_pairing (
    case_id        uuid          PRIMARY KEY REFERENCES review_case (id),
    area           varchar(100)  NOT NULL,   -- the paired county or area, e.g. 贵州省六盘水市水城区
    key_assisted   boolean       NOT NULL,   -- a national key assisted county (国家乡村振兴重点帮扶县)
    arrangement    varchar(2000) NOT NULL,   -- what the pairing consists of (labour cooperation agreement, workers received…)
    recorded_by    varchar(100)  NOT NULL,
    recorded_at    timestamptz   NOT NULL
);
