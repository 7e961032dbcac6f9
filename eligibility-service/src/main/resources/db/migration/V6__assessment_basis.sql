-- EligibilityAssessed 1.1 says what the yearly counts were measured on (basis) and, per criterion, what the roster
-- counted and whether it supports the declaration. The assessment row keeps the published event whole (result), so the
-- new fields need no column. The assessments stored before 1.1 were all measured on the declared totals: say so, so
-- that every assessment read through the API names its basis. Nothing was counted for them: counted and supported
-- stay absent.
UPDATE assessment
SET result = jsonb_set(result, '{basis}', '"DECLARED"')
WHERE result ->> 'basis' IS NULL;
