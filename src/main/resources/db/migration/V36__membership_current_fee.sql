-- membership: the fee in force of each category in each sector (the latest one the secretariat set),
-- one row per category and sector that has a fee. Lists of members join it by category and sector
-- once, instead of looking the latest fee up again for every membership.
CREATE VIEW membership_current_fee_v AS
    SELECT f.code, f.sector, f.annual_fee, f.currency, f.max_employees, f.effective_at
    FROM membership_fee f
    WHERE f.id IN (SELECT MAX(l.id) FROM membership_fee l GROUP BY l.code, l.sector);
