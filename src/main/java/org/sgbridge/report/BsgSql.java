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

	/**
	 * The same judgement as {@link #developingOn} made once per report instead of once per row: a
	 * common table {@code developing(code, from_day, until_day)} of the days on which each Member State
	 * was least developed or developing, each period from its first day to the day it ended (null: open),
	 * to be joined with {@link #developingJoin}. The flag's periods run between its recorded changes:
	 * before a change, its old value held; after the last one, the current value.
	 */
	static final String DEVELOPING_PERIODS = """
			developing (code, from_day, until_day) AS (
			    SELECT code, prev, d FROM (
			        SELECT ch.code, ch.old_value, CAST(ch.changed_at AT TIME ZONE 'UTC' AS DATE) AS d,
			               LAG(CAST(ch.changed_at AT TIME ZONE 'UTC' AS DATE)) OVER (PARTITION BY ch.code ORDER BY ch.changed_at, ch.id) AS prev
			        FROM directory_member_state_change_v ch WHERE ch.field = 'developing') changes
			    WHERE old_value = 'true'
			    UNION ALL
			    SELECT s.code, (SELECT MAX(CAST(ch.changed_at AT TIME ZONE 'UTC' AS DATE)) FROM directory_member_state_change_v ch
			                    WHERE ch.code = s.code AND ch.field = 'developing'), NULL
			    FROM directory_member_state_v s WHERE s.developing
			    UNION ALL
			    SELECT l.code, l.ldc_from, l.ldc_until FROM directory_member_state_ldc_v l)
			""";

	/** Joins {@link #DEVELOPING_PERIODS} as {@code alias} where the state {@code country} was developing on {@code day}. */
	static String developingJoin(String alias, String country, String day) {
		return " LEFT JOIN developing " + alias + " ON " + alias + ".code = " + country + " AND (" + alias + ".from_day IS NULL OR "
				+ alias + ".from_day <= " + day + ") AND (" + alias + ".until_day IS NULL OR " + day + " < " + alias + ".until_day) ";
	}
}
