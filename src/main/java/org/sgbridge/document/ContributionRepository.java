package org.sgbridge.document;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.sgbridge.platform.Problem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores {@link Contribution}s with their sources and Questions, and publishes the events a change
 * raised when it saves it, in the same transaction. A change saves only if nobody made it
 * meanwhile (409 otherwise, and nothing changes).
 */
@Repository
class ContributionRepository {

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;

	ContributionRepository(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** A contribution just submitted, with its sources and Questions. */
	void insert(Contribution c) {
		jdbc.sql("""
				INSERT INTO contribution (id, meeting_id, study_group, number, title, abstract, status, revision, submitted_by,
				    submitted_at)
				VALUES (:id, :m, :g, :n, :t, :a, :status, :r, :by, :at)""")
			.param("id", c.id())
			.param("m", c.meetingId())
			.param("g", c.studyGroup())
			.param("n", c.number())
			.param("t", c.title())
			.param("a", c.abstractText())
			.param("status", c.status().name())
			.param("r", c.revision())
			.param("by", c.submittedBy())
			.param("at", Timestamp.from(c.submittedAt()))
			.update();
		for (Contribution.Source source : c.sources()) {
			insertSource(c.id(), source);
		}
		for (String q : c.questions()) {
			jdbc.sql("INSERT INTO contribution_question (contribution_id, question) VALUES (:c, :q)")
				.param("c", c.id()).param("q", q).update();
		}
		publish(c);
	}

	/** A new revision, unless another was saved since it was loaded (409 {@code concurrent-change}). */
	void saveRevision(Contribution c) {
		int updated = jdbc.sql("UPDATE contribution SET revision = :r WHERE id = :id AND revision = :old")
			.param("r", c.revision()).param("id", c.id()).param("old", c.loadedRevision()).update();
		if (updated != 1) {
			throw Problem.conflict("concurrent-change");
		}
		publish(c);
	}

	/** The withdrawal, unless it was withdrawn meanwhile (409 {@code already-decided}). */
	void saveWithdrawal(Contribution c) {
		int updated = jdbc.sql("""
				UPDATE contribution SET status = :status, withdrawn_at = :at WHERE id = :id AND status = 'SUBMITTED'""")
			.param("status", c.status().name())
			.param("at", Timestamp.from(c.withdrawnAt()))
			.param("id", c.id())
			.update();
		if (updated != 1) {
			throw Problem.conflict("already-decided");
		}
		publish(c);
	}

	/** The release to everyone signed in; released meanwhile by someone else, it is theirs to record. */
	void savePublication(Contribution c) {
		int updated = jdbc.sql("UPDATE contribution SET public = TRUE WHERE id = :id AND public = FALSE")
			.param("id", c.id())
			.update();
		if (updated != 1) {
			c.pullEvents();
			return;
		}
		publish(c);
	}

	/**
	 * A source confirmed: a named one that waited, or a new co-source. Confirmed meanwhile (or
	 * added by someone else) is 409 {@code already-decided}.
	 */
	void saveSource(Contribution c, String organizationId) {
		Contribution.Source source = c.source(organizationId).orElseThrow();
		int updated = jdbc.sql("""
				UPDATE contribution_source SET confirmed_at = :at, confirmed_by = :by
				WHERE contribution_id = :c AND organization_id = :o AND confirmed_at IS NULL""")
			.param("at", Timestamp.from(source.confirmedAt()))
			.param("by", source.confirmedBy())
			.param("c", c.id())
			.param("o", organizationId)
			.update();
		if (updated != 1) {
			try {
				insertSource(c.id(), source);
			}
			catch (DuplicateKeyException e) {
				throw Problem.conflict("already-decided");
			}
		}
		publish(c);
	}

	private void insertSource(String contributionId, Contribution.Source source) {
		jdbc.sql("""
				INSERT INTO contribution_source (contribution_id, organization_id, confirmed_at, confirmed_by)
				VALUES (:c, :o, :at, :by)""")
			.param("c", contributionId)
			.param("o", source.organizationId())
			.param("at", source.confirmedAt() == null ? null : Timestamp.from(source.confirmedAt()))
			.param("by", source.confirmedBy())
			.update();
	}

	private void publish(Contribution c) {
		c.pullEvents().forEach(events::publishEvent);
	}

	/**
	 * A contribution by id, whoever asks (the service decides who may read it). The submitter's
	 * organisation is the source the submitter confirmed first, and its country, from the directory's
	 * published view, is the contribution's Member State.
	 */
	Optional<Contribution> find(String id) {
		record Row(String id, String meetingId, String studyGroup, String number, String title, String abstractText,
				String status, int revision, boolean isPublic, String submittedBy, Instant submittedAt, Instant withdrawnAt) {
		}
		Optional<Row> row = jdbc.sql("""
				SELECT id, meeting_id, study_group, number, title, abstract, status, revision, public, submitted_by,
				    submitted_at, withdrawn_at
				FROM contribution WHERE id = :id""")
			.param("id", id == null ? "" : id)
			.query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getString(6), rs.getString(7), rs.getInt(8), rs.getBoolean(9), rs.getString(10),
					rs.getTimestamp(11).toInstant(), instant(rs.getTimestamp(12))))
			.optional();
		if (row.isEmpty()) {
			return Optional.empty();
		}
		Row r = row.get();
		record SourceRow(Contribution.Source source, String country) {
		}
		List<SourceRow> sources = new ArrayList<>(jdbc.sql("""
				SELECT s.organization_id, s.confirmed_at, s.confirmed_by, o.country
				FROM contribution_source s LEFT JOIN directory_organization_v o ON o.id = s.organization_id
				WHERE s.contribution_id = :id""")
			.param("id", r.id())
			.query((rs, n) -> new SourceRow(new Contribution.Source(rs.getString(1), instant(rs.getTimestamp(2)),
					rs.getString(3)), rs.getString(4)))
			.list());
		// the submitter's organisation first (the one it confirmed first), then the others by id
		sources.sort(Comparator.comparing((SourceRow s) -> !r.submittedBy().equals(s.source().confirmedBy()))
			.thenComparing(s -> s.source().confirmedAt(), Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(s -> s.source().organizationId()));
		String memberState = sources.stream()
			.filter(s -> r.submittedBy().equals(s.source().confirmedBy()))
			.findFirst()
			.map(SourceRow::country)
			.orElse(null);
		List<String> questions = jdbc.sql("SELECT question FROM contribution_question WHERE contribution_id = :id ORDER BY question")
			.param("id", r.id())
			.query(String.class)
			.list();
		return Optional.of(new Contribution(r.id(), r.meetingId(), r.studyGroup(), r.number(), r.title(), r.abstractText(),
				questions, r.submittedBy(), r.submittedAt(), memberState, r.isPublic(),
				sources.stream().map(SourceRow::source).toList(), Contribution.Status.valueOf(r.status()), r.revision(),
				r.withdrawnAt()));
	}

	private static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}
}
