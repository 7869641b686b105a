package org.sgbridge.bsg.course;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores enrolments, attempts and certificates of the course's learners. */
@Repository
class LearnerRecords {

	private static final String CERTIFICATE = """
			SELECT code, account_id, holder_name, language, overall, issued_on, issued_at, revoked, revoked_on, revoked_by,
			       revoke_reason FROM course_certificate""";

	private final JdbcClient jdbc;

	LearnerRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Enrols the account; false when it already was. */
	boolean enrol(String accountId, LocalDate on, Instant at) {
		if (enrolled(accountId)) {
			return false;
		}
		try {
			jdbc.sql("INSERT INTO course_enrolment (account_id, enrolled_on, enrolled_at) VALUES (:a, :on, :at)")
				.param("a", accountId).param("on", Date.valueOf(on)).param("at", Timestamp.from(at)).update();
			return true;
		}
		catch (DuplicateKeyException e) {
			return false;
		}
	}

	boolean enrolled(String accountId) {
		return jdbc.sql("SELECT COUNT(*) FROM course_enrolment WHERE account_id = :a").param("a", accountId)
			.query(Integer.class).single() > 0;
	}

	void insertAttempt(Attempt a) {
		jdbc.sql("""
				INSERT INTO course_attempt (id, account_id, module_number, started_at, total)
				VALUES (:id, :a, :n, :at, :total)""")
			.param("id", a.id()).param("a", a.accountId()).param("n", a.module()).param("at", Timestamp.from(a.startedAt()))
			.param("total", a.total()).update();
		int position = 0;
		for (Attempt.Drawn d : a.questions()) {
			jdbc.sql("INSERT INTO course_attempt_question (attempt_id, question_id, position) VALUES (:a, :q, :p)")
				.param("a", a.id()).param("q", d.questionId()).param("p", position++).update();
		}
	}

	Optional<Attempt> attempt(String id) {
		var head = jdbc.sql("""
				SELECT id, account_id, module_number, started_at, submitted_at, correct, total, score
				FROM course_attempt WHERE id = :id""").param("id", id == null ? "" : id)
			.query((rs, n) -> new Attempt(rs.getString("id"), rs.getString("account_id"), rs.getInt("module_number"),
					rs.getTimestamp("started_at").toInstant(),
					rs.getTimestamp("submitted_at") == null ? null : rs.getTimestamp("submitted_at").toInstant(),
					(Integer) rs.getObject("correct", Integer.class), rs.getInt("total"),
					(Integer) rs.getObject("score", Integer.class), List.of()))
			.optional();
		return head.map(a -> new Attempt(a.id(), a.accountId(), a.module(), a.startedAt(), a.submittedAt(), a.correct(),
				a.total(), a.score(), jdbc.sql("""
						SELECT question_id, choice_id FROM course_attempt_question WHERE attempt_id = :id ORDER BY position""")
					.param("id", a.id())
					.query((rs, n) -> new Attempt.Drawn(rs.getString("question_id"), rs.getString("choice_id")))
					.list()));
	}

	/**
	 * Scores the attempt once: false when it had already been submitted (a second submission, even
	 * at the same moment, changes nothing).
	 */
	boolean score(String attemptId, Map<String, String> choices, int correct, int score, Instant at) {
		int updated = jdbc.sql("""
				UPDATE course_attempt SET submitted_at = :at, correct = :c, score = :s
				WHERE id = :id AND submitted_at IS NULL""")
			.param("at", Timestamp.from(at)).param("c", correct).param("s", score).param("id", attemptId).update();
		if (updated != 1) {
			return false;
		}
		choices.forEach((question, choice) -> jdbc.sql("""
				UPDATE course_attempt_question SET choice_id = :c WHERE attempt_id = :a AND question_id = :q""")
			.param("c", choice).param("a", attemptId).param("q", question).update());
		return true;
	}

	/** The best score of each module the account has a scored attempt of. */
	Map<Integer, Integer> bestScores(String accountId) {
		Map<Integer, Integer> best = new HashMap<>();
		jdbc.sql("""
				SELECT module_number, MAX(score) AS best FROM course_attempt
				WHERE account_id = :a AND score IS NOT NULL GROUP BY module_number""")
			.param("a", accountId)
			.query((rs, n) -> Map.entry(rs.getInt("module_number"), rs.getInt("best")))
			.list().forEach(e -> best.put(e.getKey(), e.getValue()));
		return best;
	}

	/** Inserts the certificate; false when the account already has one. */
	boolean insertCertificate(Certificate c) {
		try {
			jdbc.sql("""
					INSERT INTO course_certificate (code, account_id, holder_name, language, overall, issued_on, issued_at, revoked)
					VALUES (:code, :a, :name, :lang, :overall, :on, :at, FALSE)""")
				.param("code", c.code()).param("a", c.accountId()).param("name", c.holderName()).param("lang", c.language())
				.param("overall", c.overall()).param("on", Date.valueOf(c.issuedOn())).param("at", Timestamp.from(c.issuedAt()))
				.update();
			return true;
		}
		catch (DuplicateKeyException e) {
			return false;
		}
	}

	Optional<Certificate> certificate(String code) {
		return jdbc.sql(CERTIFICATE + " WHERE code = :c").param("c", code == null ? "" : code.trim().toUpperCase())
			.query(LearnerRecords::certificate).optional();
	}

	Optional<Certificate> certificateOf(String accountId) {
		return jdbc.sql(CERTIFICATE + " WHERE account_id = :a").param("a", accountId).query(LearnerRecords::certificate).optional();
	}

	List<Certificate> certificates() {
		return jdbc.sql(CERTIFICATE + " ORDER BY issued_at DESC, code").query(LearnerRecords::certificate).list();
	}

	/** Revokes a valid certificate; false when it was already revoked. */
	boolean revoke(String code, LocalDate on, String by, String reason) {
		return jdbc.sql("""
				UPDATE course_certificate SET revoked = TRUE, revoked_on = :on, revoked_by = :by, revoke_reason = :r
				WHERE code = :c AND revoked = FALSE""")
			.param("on", Date.valueOf(on)).param("by", by).param("r", reason).param("c", code).update() == 1;
	}

	/** Enrolments by their day, and certificates by their day of issue, from {@code from} to {@code to} included. */
	long[] counts(LocalDate from, LocalDate to) {
		long enrolments = jdbc.sql("SELECT COUNT(*) FROM course_enrolment WHERE enrolled_on BETWEEN :f AND :t")
			.param("f", Date.valueOf(from)).param("t", Date.valueOf(to)).query(Long.class).single();
		long certificates = jdbc.sql("SELECT COUNT(*) FROM course_certificate WHERE issued_on BETWEEN :f AND :t")
			.param("f", Date.valueOf(from)).param("t", Date.valueOf(to)).query(Long.class).single();
		return new long[] { enrolments, certificates };
	}

	private static Certificate certificate(ResultSet rs, int n) throws SQLException {
		Date revokedOn = rs.getDate("revoked_on");
		return new Certificate(rs.getString("code"), rs.getString("account_id"), rs.getString("holder_name"),
				rs.getString("language"), rs.getInt("overall"), rs.getDate("issued_on").toLocalDate(),
				rs.getTimestamp("issued_at").toInstant(), rs.getBoolean("revoked"),
				revokedOn == null ? null : revokedOn.toLocalDate(), rs.getString("revoked_by"), rs.getString("revoke_reason"));
	}
}
