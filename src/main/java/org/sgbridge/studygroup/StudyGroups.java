package org.sgbridge.studygroup;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The study groups of the loaded study periods. */
@Service
@Transactional(readOnly = true)
public class StudyGroups {

	private static final String SELECT = """
			SELECT g.code, g.sector, g.number, g.title, g.pilot, p.label AS period, p.ends_on IS NULL AS period_open
			FROM study_group g JOIN study_period p ON p.id = g.study_period
			""";
	private static final String ORDER = " ORDER BY CASE g.sector WHEN 'ITU-T' THEN 0 ELSE 1 END, g.number, p.starts_on";

	private final JdbcClient jdbc;

	StudyGroups(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** All groups, or only those taking part in the SME pilot. */
	public List<StudyGroup> all(Boolean pilot) {
		if (pilot == null) {
			return jdbc.sql(SELECT + ORDER).query(StudyGroups::map).list();
		}
		return jdbc.sql(SELECT + " WHERE g.pilot = :pilot" + ORDER).param("pilot", pilot).query(StudyGroups::map).list();
	}

	/** The group of that code in its sector's latest period. */
	public Optional<StudyGroup> find(String code) {
		return jdbc.sql(SELECT + " WHERE g.code = :code ORDER BY p.starts_on DESC")
			.param("code", code)
			.query(StudyGroups::map)
			.list()
			.stream()
			.findFirst();
	}

	/**
	 * The secretariat sets the list of pilot groups, with the decision that changed it; each
	 * change is kept.
	 */
	@Transactional
	public List<StudyGroup> choosePilotGroups(org.sgbridge.platform.Actor actor, List<String> codes, String decision,
			java.time.Instant at) {
		if (!actor.isSecretariat()) {
			throw org.sgbridge.platform.Problem.forbidden("secretariat");
		}
		if (decision == null || decision.isBlank()) {
			throw org.sgbridge.platform.Problem.invalidField("decision", "validation.NotBlank");
		}
		if (codes == null || codes.isEmpty()) {
			// An empty list would end the pilot for every group: a pilot has at least one group.
			throw org.sgbridge.platform.Problem.invalidField("studyGroups", "validation.NotEmpty");
		}
		java.util.Set<String> chosen = new java.util.LinkedHashSet<>(codes);
		for (String code : chosen) {
			if (code == null || find(code).isEmpty()) {
				throw org.sgbridge.platform.Problem.invalidField("studyGroups", "validation.studyGroup", code);
			}
		}
		java.util.Set<String> before = new java.util.HashSet<>(all(true).stream().map(StudyGroup::code).toList());
		java.util.Set<String> changed = new java.util.HashSet<>(before);
		changed.addAll(chosen);
		for (String code : changed) {
			boolean include = chosen.contains(code);
			if (include != before.contains(code)) {
				jdbc.sql("UPDATE study_group SET pilot = :p WHERE code = :c").param("p", include).param("c", code).update();
				jdbc.sql("""
						INSERT INTO pilot_group_change (study_group, included, decision, changed_at, changed_by)
						VALUES (:c, :p, :d, :at, :by)""")
					.param("c", code)
					.param("p", include)
					.param("d", decision.trim())
					.param("at", java.sql.Timestamp.from(at))
					.param("by", actor.accountId())
					.update();
			}
		}
		return all(true);
	}

	private static StudyGroup map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new StudyGroup(rs.getString("code"), rs.getString("sector"), rs.getInt("number"), rs.getString("title"),
				rs.getBoolean("pilot"), rs.getString("period"), rs.getBoolean("period_open"));
	}
}
