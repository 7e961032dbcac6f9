-- Every issue of a brand's certificate: edition 1 at registration, and each reissue after a change (same number, a
-- new edition, and why). Brands registered before this table get their first edition from the registration itself.
CREATE TABLE certificate_issue (
    brand_id           uuid         NOT NULL REFERENCES brand (id),
    edition            integer      NOT NULL CHECK (edition >= 1),
    certificate_number varchar(32)  NOT NULL,
    reason             varchar(500) NOT NULL,
    issued_by          varchar(100) NOT NULL,
    issued_at          timestamptz  NOT NULL,
    PRIMARY KEY (brand_id, edition)
);

INSERT INTO certificate_issue (brand_id, edition, certificate_number, reason, issued_by, issued_at)
SELECT id, 1, certificate_number, '认定发证', 'system', registered_at FROM brand;
