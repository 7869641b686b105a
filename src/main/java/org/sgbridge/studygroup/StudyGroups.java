package org.sgbridge.studygroup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.modulith.NamedInterface;

/** The study groups of the loaded study periods. */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class StudyGroups implements org.sgbridge.directory.StudyGroupCatalogue {

	/** A group per row, with its translated titles joined (up to one row per language, grouped back in {@link #groups}). */
	private static final String SELECT = """
			SELECT g.code, g.sector, g.number, g.title, g.pilot, p.label AS period, p.ends_on IS NULL AS period_open,
			       g.study_period AS period_id, t.lang AS t_lang, t.title AS t_title, t.official AS t_official
			FROM study_group g JOIN study_period p ON p.id = g.study_period
			LEFT JOIN study_group_title t ON t.study_group = g.code AND t.study_period = g.study_period
			""";
	private static final String ORDER = " ORDER BY CASE g.sector WHEN 'ITU-T' THEN 0 ELSE 1 END, g.number, p.starts_on";

	private final JdbcClient jdbc;

	StudyGroups(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** All groups, or only those taking part in the SME pilot, with their titles in every language. */
	public List<StudyGroup> all(Boolean pilot) {
		if (pilot == null) {
			return groups(jdbc.sql(SELECT + ORDER));
		}
		return groups(jdbc.sql(SELECT + " WHERE g.pilot = :pilot" + ORDER).param("pilot", pilot));
	}

	@Override
	public boolean exists(String code) {
		return code != null && jdbc.sql("SELECT COUNT(*) FROM study_group WHERE code = :c").param("c", code)
			.query(Integer.class)
			.single() > 0;
	}

	/** The group of that code in its sector's latest period. */
	public Optional<StudyGroup> find(String code) {
		if (code == null) {
			return Optional.empty();
		}
		return groups(jdbc.sql(SELECT + " WHERE g.code = :code ORDER BY p.starts_on DESC").param("code", code))
			.stream()
			.findFirst();
	}

	/** The groups of the rows, in their order, each with the translations of its rows. */
	private static List<StudyGroup> groups(JdbcClient.StatementSpec query) {
		Map<String, StudyGroup> groups = new LinkedHashMap<>();
		Map<String, Map<String, Title>> translations = new HashMap<>();
		query.query((java.sql.ResultSet rs) -> {
			String key = rs.getString("code") + " " + rs.getString("period_id");
			if (!groups.containsKey(key)) {
				groups.put(key, new StudyGroup(rs.getString("code"), rs.getString("sector"), rs.getInt("number"),
						rs.getString("title"), rs.getBoolean("pilot"), rs.getString("period"), rs.getBoolean("period_open")));
				translations.put(key, new HashMap<>());
			}
			String language = rs.getString("t_lang");
			if (language != null) {
				translations.get(key).put(language, new Title(rs.getString("t_title"), language, rs.getBoolean("t_official")));
			}
		});
		List<StudyGroup> out = new ArrayList<>();
		groups.forEach((key, g) -> out.add(new StudyGroup(g.code(), g.sector(), g.number(), g.title(), g.pilot(),
				g.studyPeriod(), g.studyPeriodOpen(), translations.get(key))));
		return out;
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
}
