-- account: accounts, single-use tokens (verification, reset, e-mail change), API tokens,
-- recovery codes of the second factor, and the counters that throttle failed sign-ins.
-- Every secret is stored hashed (SHA-256 for random tokens, BCrypt for passwords).

CREATE TABLE account (
    id            VARCHAR(36) PRIMARY KEY,
    email         VARCHAR(320) NOT NULL UNIQUE,
    name          VARCHAR(200) NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    locale        VARCHAR(5) NOT NULL,
    status        VARCHAR(30) NOT NULL,
    roles         VARCHAR(200) NOT NULL DEFAULT '',
    totp_secret   VARCHAR(64),
    totp_enabled  BOOLEAN NOT NULL DEFAULT FALSE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       INT NOT NULL
);

CREATE TABLE account_token (
    token_hash CHAR(64) PRIMARY KEY,
    account_id VARCHAR(36) NOT NULL REFERENCES account (id),
    purpose    VARCHAR(20) NOT NULL,
    new_email  VARCHAR(320),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX account_token_account ON account_token (account_id);

CREATE TABLE api_token (
    token_hash CHAR(64) PRIMARY KEY,
    account_id VARCHAR(36) NOT NULL REFERENCES account (id),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX api_token_account ON api_token (account_id);

CREATE TABLE recovery_code (
    code_hash  CHAR(64) NOT NULL,
    account_id VARCHAR(36) NOT NULL REFERENCES account (id),
    used_at    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (account_id, code_hash)
);

-- Failed sign-ins per (e-mail, client address): an attacker elsewhere cannot lock the owner out.
CREATE TABLE sign_in_failure (
    throttle_key  VARCHAR(400) PRIMARY KEY,
    failures      INT NOT NULL,
    first_failure TIMESTAMP WITH TIME ZONE NOT NULL,
    blocked_until TIMESTAMP WITH TIME ZONE
);
