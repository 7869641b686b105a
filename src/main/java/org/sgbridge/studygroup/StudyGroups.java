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
			SELECT g.code, g.sector, g.number, g.title, g.pilot, p.label AS period
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

	private static StudyGroup map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new StudyGroup(rs.getString("code"), rs.getString("sector"), rs.getInt("number"), rs.getString("title"),
				rs.getBoolean("pilot"), rs.getString("period"));
	}
}
