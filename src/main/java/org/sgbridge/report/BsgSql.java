package org.sgbridge.report;

/**
 * SQL of the BSG report shared by its sections, on the published views only.
 */
final class BsgSql {

	private BsgSql() {
	}

	/**
	 * Whether the Member State {@code country} (an SQL expression) was least developed or developing
	 * at the end of the day {@code day} (an SQL expression), as {@code MemberStates.findAsOf} judges
	 * it: least developed by its recorded periods; developing as the flag was then, the value before
	 * the first change recorded after that day, else the current one. False for no state.
	 */
	static String developingOn(String country, String day) {
		return "(" + country + " IS NOT NULL AND (EXISTS (SELECT 1 FROM directory_member_state_ldc_v l WHERE l.code = "
				+ country + " AND l.ldc_from <= " + day + " AND (l.ldc_until IS NULL OR l.ldc_until > " + day + "))"
				+ " OR COALESCE((SELECT ch.old_value FROM directory_member_state_change_v ch WHERE ch.code = " + country
				+ " AND ch.field = 'developing' AND CAST(ch.changed_at AT TIME ZONE 'UTC' AS DATE) > " + day
				+ " ORDER BY ch.changed_at, ch.id LIMIT 1),"
				+ " (SELECT CASE WHEN s.developing THEN 'true' ELSE 'false' END FROM directory_member_state_v s WHERE s.code = "
				+ country + ")) = 'true'))";
	}
}
