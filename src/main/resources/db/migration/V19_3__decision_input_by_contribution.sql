-- decision: the decisions a contribution was input to, as the dashboard's benefits look them up
-- from the pilot SMEs' contributions (decision_input_v joined on contribution_id).
CREATE INDEX decision_input_contribution ON decision_input (contribution_id);
