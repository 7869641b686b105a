-- Sign-in throttling per account (a failure streak that blocks for a doubling time) and per
-- client address (past a threshold, only the accounts that failed from it are refused): the
-- keys "account:", "address:" and "pair:" name the kind. Streaks of the old per-(e-mail, address)
-- keys are dropped: they ended within 15 minutes anyway.
DELETE FROM sign_in_failure;
ALTER TABLE sign_in_failure ADD COLUMN last_failure TIMESTAMP WITH TIME ZONE;

-- Counted windows of other rate limits (password-reset requests, sign-ups): one row per key,
-- shared by every node.
CREATE TABLE rate_limit_window (
    limit_key    VARCHAR(400) PRIMARY KEY,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    hits         INT NOT NULL
);

-- API tokens get an id to be listed and revoked by (the token itself is never shown again), and
-- the time of their last use (written at most once a minute).
ALTER TABLE api_token ADD COLUMN id VARCHAR(64);
UPDATE api_token SET id = SUBSTRING(token_hash, 1, 32);
ALTER TABLE api_token ALTER COLUMN id SET NOT NULL;
CREATE UNIQUE INDEX api_token_id ON api_token (id);
ALTER TABLE api_token ADD COLUMN last_used_at TIMESTAMP WITH TIME ZONE;
