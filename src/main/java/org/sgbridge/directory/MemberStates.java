package org.sgbridge.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.modulith.NamedInterface;

/** The ITU Member States, read on a given date (membership and LDC status depend on it). */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class MemberStates {

	private static final String SELECT = """
			SELECT s.code, s.m49, s.region, s.developing, s.member_since,
			       s.name_ar, s.name_en, s.name_es, s.name_fr, s.name_ru, s.name_zh, o.id AS administration_id,
			       EXISTS (SELECT 1 FROM member_state_ldc l WHERE l.code = s.code AND l.ldc_from <= :on
			               AND (l.ldc_until IS NULL OR l.ldc_until > :on)) AS ldc
			FROM member_state s
			LEFT JOIN organization o ON o.country = s.code AND o.kind = 'ADMINISTRATION'
			""";

	private final JdbcClient jdbc;

	MemberStates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The states that were members on {@code on}, by code. */
	public List<MemberState> all(LocalDate on) {
		return jdbc.sql(SELECT + " WHERE s.member_since IS NULL OR s.member_since <= :on ORDER BY s.code")
			.param("on", on)
			.query((rs, n) -> map(rs))
			.list();
	}

	public Optional<MemberState> find(String code, LocalDate on) {
		if (code == null) {
			return Optional.empty();
		}
		return jdbc.sql(SELECT + " WHERE s.code = :code")
			.param("on", on)
			.param("code", code.toUpperCase(java.util.Locale.ROOT))
			.query((rs, n) -> map(rs))
			.optional();
	}

	/**
	 * A state as its data stood at the end of {@code on}, for rules that judge a past or coming day by
	 * it (a fellowship's eligibility on a meeting's first day): least developed by its recorded periods
	 * (as {@link #find}), and developing as the flag was then: the value before the first change the
	 * secretariat recorded after that day, else the current one.
	 */
	public Optional<MemberState> findAsOf(String code, LocalDate on) {
		return find(code, on).map(state -> jdbc.sql("""
				SELECT old_value FROM member_state_change WHERE code = :c AND field = 'developing' AND changed_at >= :after
				ORDER BY changed_at, id LIMIT 1""")
			.param("c", state.code())
			.param("after", java.sql.Timestamp.from(org.sgbridge.platform.Dates.endOf(on)))
			.query(String.class)
			.optional()
			.map(then -> new MemberState(state.code(), state.m49(), state.region(), state.ldc(), Boolean.parseBoolean(then),
					state.memberSince(), state.names(), state.administrationId()))
			.orElse(state));
	}

	public boolean exists(String code) {
		return code != null && jdbc.sql("SELECT COUNT(*) FROM member_state WHERE code = :code")
			.param("code", code.toUpperCase(java.util.Locale.ROOT))
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * The secretariat changes a state's region, developing status or least-developed-country period
	 * (lists change: an inclusion, a graduation). Each change is kept with its reason.
	 */
	@Transactional
	public MemberState change(org.sgbridge.platform.Actor actor, String code, String region, Boolean developing,
			LocalDate ldcFrom, LocalDate ldcUntil, boolean ldcGiven, String reason, java.time.Clock clock) {
		if (!actor.isSecretariat()) {
			throw org.sgbridge.platform.Problem.forbidden("secretariat");
		}
		LocalDate today = org.sgbridge.platform.Dates.today(clock);
		MemberState state = find(code, today).orElseThrow(org.sgbridge.platform.Problem::notFound);
		if (reason == null || reason.isBlank()) {
			throw org.sgbridge.platform.Problem.invalidField("reason", "validation.NotBlank");
		}
		java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
		if (region != null && !region.equals(state.region().name())) {
			try {
				MemberState.Region.valueOf(region);
			}
			catch (IllegalArgumentException e) {
				throw org.sgbridge.platform.Problem.invalidField("region", "validation.region");
			}
			jdbc.sql("UPDATE member_state SET region = :r WHERE code = :c").param("r", region).param("c", state.code()).update();
			record(state.code(), "region", state.region().name(), region, reason, actor, now);
		}
		if (developing != null && developing != state.developing()) {
			jdbc.sql("UPDATE member_state SET developing = :d WHERE code = :c").param("d", developing).param("c", state.code()).update();
			record(state.code(), "developing", String.valueOf(state.developing()), String.valueOf(developing), reason, actor, now);
		}
		if (ldcGiven) {
			if (ldcFrom != null && ldcUntil != null && ldcUntil.isBefore(ldcFrom)) {
				throw org.sgbridge.platform.Problem.invalidField("ldc.until", "validation.period");
			}
			String before = jdbc.sql("SELECT CONCAT(CAST(ldc_from AS VARCHAR(10)), '/', COALESCE(CAST(ldc_until AS VARCHAR(10)), '')) "
					+ "FROM member_state_ldc WHERE code = :c ORDER BY ldc_from DESC LIMIT 1")
				.param("c", state.code()).query(String.class).optional().orElse("");
			jdbc.sql("DELETE FROM member_state_ldc WHERE code = :c").param("c", state.code()).update();
			if (ldcFrom != null) {
				jdbc.sql("INSERT INTO member_state_ldc (code, ldc_from, ldc_until, note) VALUES (:c, :f, :u, :n)")
					.param("c", state.code()).param("f", ldcFrom).param("u", ldcUntil).param("n", reason).update();
			}
			record(state.code(), "ldc", before, ldcFrom == null ? "" : ldcFrom + "/" + (ldcUntil == null ? "" : ldcUntil), reason,
					actor, now);
		}
		return find(state.code(), today).orElseThrow();
	}

	private void record(String code, String field, String before, String after, String reason,
			org.sgbridge.platform.Actor actor, java.sql.Timestamp at) {
		jdbc.sql("""
				INSERT INTO member_state_change (code, field, old_value, new_value, reason, changed_by, changed_at)
				VALUES (:c, :f, :o, :n, :r, :by, :at)""")
			.param("c", code).param("f", field).param("o", before).param("n", after).param("r", reason)
			.param("by", actor.accountId()).param("at", at).update();
	}

	/** The changes made to a state's data, newest first. */
	public List<Map<String, Object>> changes(String code) {
		return jdbc.sql("""
				SELECT field, old_value, new_value, reason, changed_at FROM member_state_change WHERE code = :c
				ORDER BY changed_at DESC, id DESC""")
			.param("c", code == null ? "" : code.toUpperCase(java.util.Locale.ROOT))
			.query()
			.listOfRows();
	}

	private static MemberState map(java.sql.ResultSet rs) throws java.sql.SQLException {
		java.sql.Date since = rs.getDate("member_since");
		return new MemberState(rs.getString("code"), rs.getString("m49"),
				MemberState.Region.valueOf(rs.getString("region")), rs.getBoolean("ldc"), rs.getBoolean("developing"),
				since == null ? null : since.toLocalDate(),
				Map.of("ar", rs.getString("name_ar"), "en", rs.getString("name_en"), "es", rs.getString("name_es"),
						"fr", rs.getString("name_fr"), "ru", rs.getString("name_ru"), "zh", rs.getString("name_zh")),
				rs.getString("administration_id"));
	}
}
