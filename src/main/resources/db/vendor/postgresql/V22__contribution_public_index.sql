-- The public contributions, one branch of what a participant may read (document.ContributionLists):
-- found by this index rather than by reading the table, however few or many they are.
CREATE INDEX contribution_public ON contribution (id) WHERE public;
