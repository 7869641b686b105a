-- account: the few accounts that hold a role (the secretariat, administrators) are found by an index,
-- not by reading every account. A registration asks for the secretariat when its organisation has no
-- focal point, and start-up asks whether an administrator exists.
-- The queries say status = 'ACTIVE' AND roles > '' (every account with a role, and only those, since
-- an account without one has roles = '') before their LIKE '%ROLE%', which no index can serve: an
-- index range on (status, roles) then reads only the accounts with a role. A partial or expression
-- index would be smaller on PostgreSQL but does not exist on H2; this one runs on both.
CREATE INDEX account_status_roles ON account (status, roles);
