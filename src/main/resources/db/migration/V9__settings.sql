-- platform: flags of the installation (e.g. that it holds demo data, which every page then says).
CREATE TABLE installation_flag (
    name       VARCHAR(50) PRIMARY KEY,
    flag_value VARCHAR(200) NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
