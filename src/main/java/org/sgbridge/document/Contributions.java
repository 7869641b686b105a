package org.sgbridge.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.sgbridge.directory.Organization;
import org.sgbridge.directory.OrganizationDirectory;
import org.sgbridge.meeting.Meeting;
import org.sgbridge.meeting.MeetingRegistrations;
import org.sgbridge.meeting.Meetings;
import org.sgbridge.platform.Act;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Problem;
import org.sgbridge.studygroup.StudyGroup;
import org.sgbridge.studygroup.StudyGroups;
import org.springframework.modulith.NamedInterface;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Contributions: a validated participant of a meeting submits one before its deadline, with its
 * source organisations (co-sources confirm through a member) and the file; it is numbered in its
 * study group's series for the period, with no gap and no duplicate; it may be revised or
 * withdrawn; it is readable by the meeting's validated participants and the secretariat, and by
 * anyone signed in once the secretariat has made it public. A change is the
 * {@link org.sgbridge.document.Contribution}'s to check and to record as an event (for the audit
 * trail): the service loads it, asks it, saves it and answers with what its readers see.
 */
@NamedInterface("api")
@Service
@Transactional
public class Contributions {

	private final JdbcClient jdbc;
	private final Meetings meetings;
	private final MeetingRegistrations registrations;
	private final StudyGroups groups;
	private final OrganizationDirectory organizations;
	private final FileStore store;
	private final FileInspector inspector;
	private final ContributionEligibility eligibility;
	private final Clock clock;
	private final boolean postgres;
	private final org.sgbridge.directory.Memberships memberships;
	private final ContributionRepository repository;

	Contributions(JdbcClient jdbc, Meetings meetings, MeetingRegistrations registrations, StudyGroups groups,
			OrganizationDirectory organizations, FileStore store, FileInspector inspector, ContributionEligibility eligibility,
			Clock clock, DataSource dataSource, org.sgbridge.directory.Memberships memberships,
			ContributionRepository repository) {
		this.repository = repository;
		this.eligibility = eligibility;
		this.memberships = memberships;
		this.jdbc = jdbc;
		this.meetings = meetings;
		this.registrations = registrations;
		this.groups = groups;
		this.organizations = organizations;
		this.store = store;
		this.inspector = inspector;
		this.clock = clock;
		this.postgres = isPostgres(dataSource);
	}

	/** A contribution as its readers see it. */
	public record Contribution(String id, String meetingId, String studyGroup, String number, String title,
			String abstractText, String status, int revision, boolean isPublic, Instant submittedAt,
			List<Source> sources, List<String> questions) {
	}

	/** A source organisation, and whether it has confirmed. */
	public record Source(String organizationId, String name, boolean confirmed) {
	}

	/** A file to download: its path, type, safe name and tag. */
	public record FileView(Path path, String contentType, String fileName, String sha256, long size) {
	}

	public Contribution submit(Actor actor, String meetingId, String title, String abstractText,
			List<String> sourceOrganizationIds, List<String> questions, String fileName, InputStream file) {
		Meeting meeting = meetings.find(meetingId).orElseThrow(Problem::notFound);
		ContributionEligibility.SubmissionCheck check = eligibility.submission(actor, meetingId);
		ContributionRules.enforce(check.reasons());
		String ownOrganization = check.organizationId();
		// Every field at fault at once, before the file is read.
		List<Problem.FieldProblem> problems = new ArrayList<>();
		if (title == null || title.isBlank()) {
			problems.add(new Problem.FieldProblem("title", "document.validation.title"));
		}
		else if (title.strip().length() > 500) {
			problems.add(new Problem.FieldProblem("title", "document.validation.title.long", 500));
		}
		if (abstractText != null && abstractText.strip().length() > 4000) {
			problems.add(new Problem.FieldProblem("abstract", "document.validation.abstract.long", 4000));
		}
		if (file == null) {
			problems.add(new Problem.FieldProblem("file", "document.validation.file"));
		}
		else if (fileName != null && fileName.chars().anyMatch(Character::isISOControl)) {
			// A NUL or a line break in a file's name is no name (and PostgreSQL cannot store a NUL).
			problems.add(new Problem.FieldProblem("file", "validation.fileName"));
		}
		if (!problems.isEmpty()) {
			throw Problem.invalidInput(problems);
		}
		LinkedHashSet<String> sources = new LinkedHashSet<>();
		sources.add(ownOrganization);
		if (sourceOrganizationIds != null) {
			sources.addAll(sourceOrganizationIds);
		}
		Map<String, Organization> found = organizations.findAll(sources);
		if (found.size() != sources.size()) {
			throw Problem.invalidField("sourceOrganizationIds", "validation.organization");
		}
		StudyGroup group = groups.find(meeting.studyGroup()).orElseThrow();
		// The file is received, inspected and scanned before the number is taken: the number's lock is
		// held until the transaction ends, and other submissions to the series must not wait for a scan.
		Checked checked = inspect(file);
		String number = nextNumber(group);
		// the member submits for its organisation, which files it under its country
		var contribution = org.sgbridge.document.Contribution.submit(UUID.randomUUID().toString(), meetingId, group.code(),
				number, title.trim(), abstractText == null || abstractText.isBlank() ? null : abstractText.trim(),
				questions == null ? List.of() : questions, ownOrganization, found.get(ownOrganization).country(),
				List.copyOf(sources), Act.of(actor, Act.member(ownOrganization), clock));
		repository.insert(contribution);
		attach(contribution.id(), 0, number, checked);
		return find(actor, contribution.id());
	}

	/**
	 * Takes the next number of the group's series. The counter row stays locked until the
	 * transaction ends, so concurrent submissions get consecutive numbers, and a refused one gives
	 * its number back.
	 */
	private String nextNumber(StudyGroup group) {
		String series = group.sector().substring(4) + group.studyPeriod().substring(2, 4) + "-SG" + group.number();
		int updated = jdbc.sql("UPDATE contribution_counter SET last_number = last_number + 1 WHERE series = :s")
			.param("s", series).update();
		if (updated != 1) {
			throw new IllegalStateException("No contribution series " + series);
		}
		int n = jdbc.sql("SELECT last_number FROM contribution_counter WHERE series = :s").param("s", series)
			.query(Integer.class).single();
		return "%s-C-%04d".formatted(series, n);
	}

	/** An upload received, inspected, scanned and kept, waiting for its row. */
	private record Checked(FileStore.Received received, String type, String text, String key) {
	}

	/**
	 * Streams the file in, checks it (type, size, malware) and keeps it, before any lock is taken; a
	 * refusal or a rollback leaves no file.
	 */
	private Checked inspect(InputStream in) {
		if (in == null) {
			throw Problem.invalidField("file", "validation.NotNull");
		}
		FileStore.Received received = store.receive(in);
		String key;
		String type;
		String text;
		try {
			type = inspector.check(received.file(), received.size());
			text = inspector.text(received.file(), type);
			key = store.keep(received);
		}
		catch (RuntimeException e) {
			store.discard(received);
			throw e;
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						store.delete(key);
					}
				}
			});
		}
		return new Checked(received, type, text, key);
	}

	/** Records a checked file as the given revision of the contribution. */
	private void attach(String contributionId, int revision, String number, Checked checked) {
		FileStore.Received received = checked.received();
		String type = checked.type();
		String text = checked.text();
		String key = checked.key();
		String name = number + (revision > 0 ? "-R" + revision : "") + "." + FileInspector.EXTENSIONS.get(type);
		jdbc.sql("""
				INSERT INTO contribution_file (id, contribution_id, revision, file_name, content_type, size_bytes, sha256,
				    storage_key, text_content, created_at)
				VALUES (:id, :c, :r, :name, :type, :size, :sha, :key, :text, :at)""")
			.param("id", UUID.randomUUID().toString())
			.param("c", contributionId)
			.param("r", revision)
			.param("name", name)
			.param("type", type)
			.param("size", received.size())
			.param("sha", received.sha256())
			.param("key", key)
			.param("text", text)
			.param("at", Timestamp.from(clock.instant()))
			.update();
	}

	/** A revision keeps the number: Rev.1, Rev.2. Only the submitter or a member of a source may revise. */
	public Contribution revise(Actor actor, String id, InputStream file) {
		var c = changeable(actor, id);
		ContributionEligibility.Editing editing = eligibility.editing(actor, c.meetingId(), c.sourceIds());
		c.revise(editing.editor(), editing.deadline(), act(actor, editing));
		// the rule's refusal comes first; a refused or failed upload leaves the contribution unchanged
		if (file == null) {
			throw Problem.invalidField("file", "document.validation.file");
		}
		Checked checked = inspect(file); // before the contribution's row is locked by the update
		repository.saveRevision(c);
		attach(id, c.revision(), c.number(), checked);
		return find(actor, id);
	}

	public Contribution withdraw(Actor actor, String id) {
		var c = changeable(actor, id);
		ContributionEligibility.Editing editing = eligibility.editing(actor, c.meetingId(), c.sourceIds());
		c.withdraw(editing.editor(), act(actor, editing));
		repository.saveWithdrawal(c);
		return find(actor, id);
	}

	/** A co-source confirms through one of its members. */
	public Contribution confirm(Actor actor, String id, String organizationId) {
		var c = changeable(actor, id);
		c.confirmCoSource(organizationId, organizations.isMember(actor.accountId(), organizationId),
				Act.of(actor, Act.member(organizationId), clock));
		repository.saveSource(c, organizationId);
		return find(actor, id);
	}

	/** A member of another organisation co-signs: its organisation becomes a confirmed co-source. */
	public Contribution coSign(Actor actor, String id, String organizationId) {
		var c = changeable(actor, id);
		boolean member = organizationId != null && organizations.isMember(actor.accountId(), organizationId);
		if (c.coSign(organizationId, member, Act.of(actor, Act.member(organizationId), clock))) {
			repository.saveSource(c, organizationId);
		}
		return find(actor, id);
	}

	/** The contribution to change, for someone who may read it (404 otherwise, as for a reader). */
	private org.sgbridge.document.Contribution changeable(Actor actor, String id) {
		return repository.find(id)
			.filter(c -> mayRead(actor, c.meetingId(), c.isPublic(), c.sourceIds()))
			.orElseThrow(Problem::notFound);
	}

	/** A source's member acts for its organisation; anyone else who may change it is the secretariat. */
	private Act act(Actor actor, ContributionEligibility.Editing editing) {
		return editing.organizationId() != null ? Act.of(actor, Act.member(editing.organizationId()), clock)
				: Act.ofStaff(actor, clock);
	}

	/** The secretariat releases a document to everyone signed in; the trail records it (CONTRIBUTION_PUBLISHED). */
	public Contribution publish(Actor actor, String id) {
		// 403 for anyone but the secretariat, whether the contribution exists or not
		var c = repository.find(id)
			.orElseThrow(() -> actor.isSecretariat() ? Problem.notFound() : Problem.forbidden("secretariat"));
		if (c.publish(actor.isSecretariat(), Act.ofStaff(actor, clock))) {
			repository.savePublication(c);
		}
		return find(actor, id);
	}


	/** Who may read: the meeting's validated participants and the secretariat; anyone signed in once public; co-sources' members. */
	private boolean mayRead(Actor actor, String meetingId, boolean isPublic, List<String> sourceIds) {
		return isPublic || actor.isSecretariat() || registrations.validatedFor(actor.accountId(), meetingId).isPresent()
				|| sourceIds.stream().anyMatch(s -> organizations.isMember(actor.accountId(), s));
	}

	private static List<String> ids(List<Source> sources) {
		return sources.stream().map(Source::organizationId).toList();
	}

	/** Which of these ids are contributions (for another module that refers to them, such as a decision's inputs). */
	@Transactional(readOnly = true)
	public java.util.Set<String> existing(java.util.Collection<String> ids) {
		if (ids.isEmpty()) {
			return java.util.Set.of();
		}
		return new java.util.HashSet<>(jdbc.sql("SELECT id FROM contribution WHERE id IN (:ids)").param("ids", ids)
			.query(String.class).list());
	}

	/** The ids of the contributions that have these numbers ("T17-SG16-C-0012", any case), by number as typed. */
	@Transactional(readOnly = true)
	public Map<String, String> idsOfNumbers(java.util.Collection<String> numbers) {
		Map<String, String> byUpper = new java.util.HashMap<>();
		List<String> wanted = numbers.stream().filter(java.util.Objects::nonNull)
			.map(n -> n.trim().toUpperCase(java.util.Locale.ROOT)).distinct().toList();
		if (!wanted.isEmpty()) {
			jdbc.sql("SELECT number, id FROM contribution WHERE number IN (:n)").param("n", wanted)
				.query((rs, n) -> byUpper.put(rs.getString(1).toUpperCase(java.util.Locale.ROOT), rs.getString(2)))
				.list();
		}
		Map<String, String> ids = new java.util.HashMap<>();
		for (String number : numbers) {
			if (number != null && byUpper.containsKey(number.trim().toUpperCase(java.util.Locale.ROOT))) {
				ids.put(number, byUpper.get(number.trim().toUpperCase(java.util.Locale.ROOT)));
			}
		}
		return ids;
	}

	/**
	 * Of these contributions, those the actor may read (as {@link #find} decides), in the order of
	 * {@code ids}: a query per meeting among them at most, not per contribution.
	 */
	@Transactional(readOnly = true)
	public List<Contribution> readable(Actor actor, java.util.Collection<String> ids) {
		List<Contribution> all = loadAll(ids.stream().filter(java.util.Objects::nonNull).distinct().toList());
		if (all.isEmpty() || actor.isSecretariat()) {
			return all;
		}
		java.util.Set<String> participantOf = new java.util.HashSet<>();
		all.stream().map(Contribution::meetingId).distinct()
			.filter(m -> registrations.validatedFor(actor.accountId(), m).isPresent())
			.forEach(participantOf::add);
		java.util.Set<String> memberOf = new java.util.HashSet<>(memberships.of(actor.accountId()).stream()
			.map(org.sgbridge.directory.Memberships.Membership::id).toList());
		return all.stream()
			.filter(c -> c.isPublic() || participantOf.contains(c.meetingId())
					|| c.sources().stream().anyMatch(s -> memberOf.contains(s.organizationId())))
			.toList();
	}

	@Transactional(readOnly = true)
	public Contribution find(Actor actor, String id) {
		Contribution c = load(id).orElseThrow(Problem::notFound);
		if (!mayRead(actor, c.meetingId(), c.isPublic(), ids(c.sources()))) {
			throw Problem.notFound();
		}
		return c;
	}

	private Optional<Contribution> load(String id) {
		return loadAll(List.of(id == null ? "" : id)).stream().findFirst();
	}

	/** Contributions with their sources and Questions, in three queries whatever their number, in the order of {@code ids}. */
	List<Contribution> loadAll(List<String> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<String, Object[]> rows = new java.util.HashMap<>();
		jdbc.sql("""
				SELECT id, meeting_id, study_group, number, title, abstract, status, revision, public, submitted_at
				FROM contribution WHERE id IN (:ids)""")
			.param("ids", ids)
			.query((rs, n) -> rows.put(rs.getString(1), new Object[] { rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8), rs.getBoolean(9),
					rs.getTimestamp(10).toInstant() }))
			.list();
		Map<String, List<Object[]>> sourceRows = new java.util.HashMap<>();
		jdbc.sql("SELECT contribution_id, organization_id, confirmed_at FROM contribution_source WHERE contribution_id IN (:ids)")
			.param("ids", ids)
			.query((rs, n) -> sourceRows.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
				.add(new Object[] { rs.getString(2), rs.getTimestamp(3) }))
			.list();
		Map<String, Organization> orgs = organizations.findAll(sourceRows.values().stream()
			.flatMap(List::stream).map(r -> (String) r[0]).toList());
		Map<String, List<String>> questions = new java.util.HashMap<>();
		jdbc.sql("SELECT contribution_id, question FROM contribution_question WHERE contribution_id IN (:ids) ORDER BY question")
			.param("ids", ids)
			.query((rs, n) -> questions.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)))
			.list();
		List<Contribution> out = new ArrayList<>();
		for (String id : ids) {
			Object[] r = rows.get(id);
			if (r == null) {
				continue;
			}
			List<Source> sources = sourceRows.getOrDefault(id, List.of()).stream()
				.map(x -> new Source((String) x[0], orgs.get(x[0]).name(), x[1] != null))
				.toList();
			out.add(new Contribution((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
					(String) r[6], (Integer) r[7], (Boolean) r[8], (Instant) r[9], sources, questions.getOrDefault(id, List.of())));
		}
		return out;
	}

	/** The latest file of a contribution, for a reader. */
	@Transactional(readOnly = true)
	public FileView file(Actor actor, String id) {
		Contribution c = find(actor, id);
		return jdbc.sql("""
				SELECT storage_key, content_type, file_name, sha256, size_bytes FROM contribution_file
				WHERE contribution_id = :c ORDER BY revision DESC LIMIT 1""")
			.param("c", c.id())
			.query((rs, n) -> new FileView(store.path(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getLong(5)))
			.single();
	}

	/**
	 * The contributions of a meeting the actor may read, matching the words of {@code query} in their
	 * number, title, sources or the text of their file (PostgreSQL full-text search; a plain match on H2).
	 */
	@Transactional(readOnly = true)
	public List<Contribution> search(Actor actor, String meetingId, String query) {
		meetings.find(meetingId).orElseThrow(Problem::notFound);
		boolean reader = actor.isSecretariat() || registrations.validatedFor(actor.accountId(), meetingId).isPresent();
		String q = query == null ? "" : query.trim();
		List<String> ids;
		if (q.isEmpty()) {
			ids = jdbc.sql("SELECT id FROM contribution WHERE meeting_id = :m ORDER BY number")
				.param("m", meetingId).query(String.class).list();
		}
		else if (postgres) {
			ids = jdbc.sql("""
					SELECT c.id FROM contribution c JOIN contribution_file f ON f.contribution_id = c.id AND f.revision = c.revision
					WHERE c.meeting_id = :m AND (c.number ILIKE :like OR to_tsvector('simple', c.title || ' ' ||
					    COALESCE(c.abstract, '') || ' ' || COALESCE(f.text_content, '')) @@ plainto_tsquery('simple', :q)
					    OR EXISTS (SELECT 1 FROM contribution_source s JOIN directory_organization_v o ON o.id = s.organization_id
					               WHERE s.contribution_id = c.id AND o.name ILIKE :like))
					ORDER BY c.number""")
				.param("m", meetingId).param("q", q).param("like", "%" + q + "%").query(String.class).list();
		}
		else {
			ids = jdbc.sql("""
					SELECT c.id FROM contribution c JOIN contribution_file f ON f.contribution_id = c.id AND f.revision = c.revision
					WHERE c.meeting_id = :m AND (LOWER(c.number) LIKE :like OR LOWER(c.title) LIKE :like
					    OR LOWER(COALESCE(c.abstract, '')) LIKE :like OR LOWER(COALESCE(f.text_content, '')) LIKE :like
					    OR EXISTS (SELECT 1 FROM contribution_source s JOIN directory_organization_v o ON o.id = s.organization_id
					               WHERE s.contribution_id = c.id AND LOWER(o.name) LIKE :like))
					ORDER BY c.number""")
				.param("m", meetingId).param("like", "%" + q.toLowerCase(java.util.Locale.ROOT) + "%")
				.query(String.class).list();
		}
		return loadAll(ids).stream().filter(c -> reader || mayRead(actor, meetingId, c.isPublic(), ids(c.sources()))).toList();
	}

	private static boolean isPostgres(DataSource dataSource) {
		try (var connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
		}
		catch (java.sql.SQLException e) {
			throw new UncheckedIOException(new IOException(e));
		}
	}
}
