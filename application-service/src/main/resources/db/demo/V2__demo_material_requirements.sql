-- The demo campaign asks for the 2022 campaign's materials, on the same terms.
INSERT INTO material_requirement (campaign, kind, requirement, unit_types)
SELECT '2026', kind, requirement, unit_types FROM material_requirement WHERE campaign = '2022';
