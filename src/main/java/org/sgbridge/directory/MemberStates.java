package org.sgbridge.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The ITU Member States, read on a given date (membership and LDC status depend on it). */
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

	public boolean exists(String code) {
		return code != null && jdbc.sql("SELECT COUNT(*) FROM member_state WHERE code = :code")
			.param("code", code.toUpperCase(java.util.Locale.ROOT))
			.query(Integer.class)
			.single() > 0;
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
