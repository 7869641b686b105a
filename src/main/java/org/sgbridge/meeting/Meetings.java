package org.sgbridge.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.sgbridge.directory.MemberStates;
import org.sgbridge.platform.Act;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Problem;
import org.sgbridge.platform.web.ListResponse;
import org.sgbridge.studygroup.StudyGroup;
import org.sgbridge.studygroup.StudyGroups;
import org.springframework.modulith.NamedInterface;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Meetings: created and changed by the secretariat (audited), listed for everyone. */
@NamedInterface("api")
@Service
@Transactional
public class Meetings {

	private static final String SELECT = """
			SELECT id, study_group, sector, kind, title, start_date, end_date, city, country, remote_participation,
			       registration_opens, registration_closes, capacity, contribution_deadline, created_at, remote_details,
			       collocated_with, date_approximate
			FROM meeting""";

	private final JdbcClient jdbc;
	private final StudyGroups groups;
	private final MemberStates states;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	Meetings(JdbcClient jdbc, StudyGroups groups, MemberStates states, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.groups = groups;
		this.states = states;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * What the secretariat enters for a new meeting. {@code studyGroup} may be empty for a training or
	 * forum; {@code collocatedWith} the id of the meeting it is held alongside (optional);
	 * {@code dateApproximate}: only the month of {@code startDate} is known (past events).
	 */
	public record NewMeeting(String studyGroup, String kind, String title, LocalDate startDate, LocalDate endDate,
			String city, String country, Boolean remoteParticipation, LocalDate registrationOpens,
			LocalDate registrationCloses, Integer capacity, LocalDate contributionDeadline, String remoteDetails,
			String collocatedWith, Boolean dateApproximate) {

		public NewMeeting(String studyGroup, String kind, String title, LocalDate startDate, LocalDate endDate, String city,
				String country, Boolean remoteParticipation, LocalDate registrationOpens, LocalDate registrationCloses,
				Integer capacity, LocalDate contributionDeadline, String remoteDetails) {
			this(studyGroup, kind, title, startDate, endDate, city, country, remoteParticipation, registrationOpens,
					registrationCloses, capacity, contributionDeadline, remoteDetails, null, null);
		}

		public NewMeeting(String studyGroup, String kind, String title, LocalDate startDate, LocalDate endDate, String city,
				String country, Boolean remoteParticipation, LocalDate registrationOpens, LocalDate registrationCloses,
				Integer capacity, LocalDate contributionDeadline) {
			this(studyGroup, kind, title, startDate, endDate, city, country, remoteParticipation, registrationOpens,
					registrationCloses, capacity, contributionDeadline, null);
		}
	}

	/** The secretariat creates a meeting; the trail records it (MEETING_CREATED). */
	public Meeting create(Actor actor, NewMeeting m) {
		Checked c = check(actor, m);
		Meeting.Recorded created = Meeting.create(UUID.randomUUID().toString(), c.details(), Act.ofStaff(actor, clock));
		Meeting meeting = created.meeting();
		jdbc.sql("""
				INSERT INTO meeting (id, study_group, sector, kind, title, start_date, end_date, city, country,
				    remote_participation, registration_opens, registration_closes, capacity, contribution_deadline,
				    remote_details, collocated_with, date_approximate, created_at, created_by)
				VALUES (:id, :g, :sector, :kind, :title, :start, :end, :city, :country, :remote, :opens, :closes, :capacity,
				    :deadline, :details, :collocated, :approximate, :now, :by)""")
			.params(params(meeting))
			.param("now", Timestamp.from(meeting.createdAt()))
			.param("by", actor.accountId())
			.update();
		created.events().forEach(events::publishEvent);
		return find(meeting.id()).orElseThrow();
	}

	/**
	 * The secretariat changes a meeting; registrations already taken stay as they are. The trail
	 * records a change (MEETING_CHANGED), not a meeting saved as it was.
	 */
	public Meeting update(Actor actor, String id, NewMeeting m) {
		Meeting before = find(id).orElseThrow(Problem::notFound);
		Checked c = check(actor, m);
		if (id.equals(c.collocatedWith())) {
			throw Problem.invalidField("collocatedWith", "validation.collocatedWith");
		}
		Meeting.Recorded changed = before.change(c.details(), Act.ofStaff(actor, clock));
		if (changed.changed()) {
			jdbc.sql("""
					UPDATE meeting SET study_group = :g, sector = :sector, kind = :kind, title = :title, start_date = :start,
					    end_date = :end, city = :city, country = :country, remote_participation = :remote,
					    registration_opens = :opens, registration_closes = :closes, capacity = :capacity,
					    contribution_deadline = :deadline, remote_details = :details, collocated_with = :collocated,
					    date_approximate = :approximate
					WHERE id = :id""")
				.params(params(changed.meeting()))
				.update();
			changed.events().forEach(events::publishEvent);
		}
		return find(id).orElseThrow();
	}

	private record Checked(NewMeeting m, StudyGroup group, Meeting.Kind kind, boolean virtual, String country,
			String collocatedWith) {

		Meeting.Details details() {
			// A training or forum may be known by its country only ("El Salvador"): it is then not virtual.
			boolean countryOnly = virtual && kind.isOpenEvent() && country != null;
			boolean online = virtual && !countryOnly;
			return new Meeting.Details(group == null ? null : group.code(), group == null ? null : group.sector(), kind,
					m.title().trim(), m.startDate(), m.endDate(), virtual ? null : m.city().trim(), online ? null : country,
					online || Boolean.TRUE.equals(m.remoteParticipation()), m.registrationOpens(), m.registrationCloses(),
					m.capacity(), m.contributionDeadline(),
					m.remoteDetails() == null || m.remoteDetails().isBlank() ? null : m.remoteDetails().trim(),
					collocatedWith, Boolean.TRUE.equals(m.dateApproximate()));
		}
	}

	private static Map<String, Object> params(Meeting m) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("id", m.id());
		p.put("g", m.studyGroup());
		p.put("sector", m.sector());
		p.put("kind", m.kind().name());
		p.put("title", m.title());
		p.put("start", m.startDate());
		p.put("end", m.endDate());
		p.put("city", m.city());
		p.put("country", m.country());
		p.put("remote", m.remoteParticipation());
		p.put("opens", m.registrationOpens());
		p.put("closes", m.registrationCloses());
		p.put("capacity", m.capacity());
		p.put("deadline", m.contributionDeadline());
		p.put("details", m.remoteDetails());
		p.put("collocated", m.collocatedWith());
		p.put("approximate", m.dateApproximate());
		return p;
	}

	/**
	 * The meeting as it is when all its dates could be read; otherwise 400 listing the dates that
	 * could not and every other mistake at once (403 first for anyone but the secretariat).
	 */
	public NewMeeting refuseIfMalformed(Actor actor, NewMeeting m, List<Problem.FieldProblem> malformed) {
		if (malformed.isEmpty()) {
			return m;
		}
		List<Problem.FieldProblem> all = new ArrayList<>(malformed);
		try {
			check(actor, m);
		}
		catch (Problem problem) {
			if (problem.status().value() != 400) {
				throw problem;
			}
			problem.fieldProblems().stream()
				.filter(p -> malformed.stream().noneMatch(bad -> bad.field().equals(p.field())))
				.forEach(all::add);
		}
		throw Problem.invalidInput(all);
	}

	private Checked check(Actor actor, NewMeeting m) {
		if (!actor.isSecretariat()) {
			throw Problem.forbidden("secretariat");
		}
		List<Problem.FieldProblem> problems = new ArrayList<>();
		Meeting.Kind kind = null;
		try {
			kind = m.kind() == null ? null : Meeting.Kind.valueOf(m.kind().trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			// reported below
		}
		if (kind == null) {
			problems.add(new Problem.FieldProblem("kind", "validation.meetingKind"));
		}
		// A training or forum need not belong to a study group; any other meeting does.
		boolean noGroup = m.studyGroup() == null || m.studyGroup().isBlank();
		Optional<StudyGroup> group = noGroup ? Optional.empty() : groups.find(m.studyGroup().trim());
		if (group.isEmpty() && !(noGroup && kind != null && kind.isOpenEvent())) {
			problems.add(new Problem.FieldProblem("studyGroup", "validation.studyGroup", String.valueOf(m.studyGroup())));
		}
		String collocatedWith = m.collocatedWith() == null || m.collocatedWith().isBlank() ? null : m.collocatedWith().trim();
		if (collocatedWith != null && find(collocatedWith).isEmpty()) {
			problems.add(new Problem.FieldProblem("collocatedWith", "validation.collocatedWith"));
		}
		if (m.title() == null || m.title().isBlank()) {
			problems.add(new Problem.FieldProblem("title", "validation.NotBlank"));
		}
		require(m.startDate(), "startDate", problems);
		require(m.endDate(), "endDate", problems);
		require(m.registrationOpens(), "registrationOpens", problems);
		require(m.registrationCloses(), "registrationCloses", problems);
		if (m.startDate() != null && m.endDate() != null && m.endDate().isBefore(m.startDate())) {
			problems.add(new Problem.FieldProblem("endDate", "validation.period"));
		}
		if (m.registrationOpens() != null && m.registrationCloses() != null
				&& m.registrationCloses().isBefore(m.registrationOpens())) {
			problems.add(new Problem.FieldProblem("registrationCloses", "validation.period"));
		}
		if (m.registrationCloses() != null && m.endDate() != null && m.registrationCloses().isAfter(m.endDate())) {
			problems.add(new Problem.FieldProblem("registrationCloses", "validation.closesAfterEnd"));
		}
		outOfRange(m.startDate(), "startDate", problems);
		outOfRange(m.endDate(), "endDate", problems);
		outOfRange(m.registrationOpens(), "registrationOpens", problems);
		outOfRange(m.registrationCloses(), "registrationCloses", problems);
		outOfRange(m.contributionDeadline(), "contributionDeadline", problems);
		if (m.capacity() != null && m.capacity() < 0) {
			problems.add(new Problem.FieldProblem("capacity", "validation.Min", 0));
		}
		boolean virtual = m.city() == null || m.city().isBlank();
		String country = m.country() == null || m.country().isBlank() ? null : m.country().trim().toUpperCase(Locale.ROOT);
		// A country given is checked even for a virtual meeting: a code that is no Member State is a mistake.
		if ((!virtual || country != null) && (country == null || !states.exists(country))) {
			problems.add(new Problem.FieldProblem("country", "validation.country"));
		}
		if (!problems.isEmpty()) {
			throw Problem.invalidInput(problems);
		}
		return new Checked(m, group.orElse(null), kind, virtual, country, collocatedWith);
	}

	/** A date far outside the years the application serves is a mistake, not a meeting (nor a database can hold it). */
	private static void outOfRange(LocalDate value, String field, List<Problem.FieldProblem> problems) {
		if (value != null && !org.sgbridge.platform.Dates.inRange(value)) {
			problems.add(new Problem.FieldProblem(field, "validation.date"));
		}
	}

	private static void require(Object value, String field, List<Problem.FieldProblem> problems) {
		if (value == null) {
			problems.add(new Problem.FieldProblem(field, "validation.NotNull"));
		}
	}

	@Transactional(readOnly = true)
	public Optional<Meeting> find(String id) {
		return jdbc.sql(SELECT + " WHERE id = :id").param("id", id == null ? "" : id).query(Meetings::map).optional();
	}

	/** The meetings held alongside this one (trainings and forums collocated with it), by date. */
	@Transactional(readOnly = true)
	public List<Meeting> collocatedWith(String id) {
		return jdbc.sql(SELECT + " WHERE collocated_with = :id ORDER BY start_date, title, id").param("id", id)
			.query(Meetings::map).list();
	}

	/** Several meetings at once, by id (one query, for lists). */
	@Transactional(readOnly = true)
	public Map<String, Meeting> findAll(java.util.Collection<String> ids) {
		Map<String, Meeting> found = new java.util.HashMap<>();
		List<String> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
		if (!wanted.isEmpty()) {
			jdbc.sql(SELECT + " WHERE id IN (:ids)").param("ids", wanted).query(Meetings::map).list()
				.forEach(m -> found.put(m.id(), m));
		}
		return found;
	}

	/** Meetings by start date, optionally of one study group and within dates. */
	@Transactional(readOnly = true)
	public ListResponse<Meeting> list(String studyGroup, LocalDate from, LocalDate to, ListResponse.Paging paging) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		Map<String, Object> params = new LinkedHashMap<>();
		if (studyGroup != null && !studyGroup.isBlank()) {
			where.append(" AND study_group = :g");
			params.put("g", studyGroup.trim());
		}
		if (from != null) {
			where.append(" AND end_date >= :from");
			params.put("from", from);
		}
		if (to != null) {
			where.append(" AND start_date <= :to");
			params.put("to", to);
		}
		long total = jdbc.sql("SELECT COUNT(*) FROM meeting" + where).params(params).query(Long.class).single();
		params.put("limit", paging.size());
		params.put("offset", paging.offset());
		List<Meeting> items = jdbc.sql(SELECT + where + " ORDER BY start_date, title, id LIMIT :limit OFFSET :offset")
			.params(params)
			.query(Meetings::map)
			.list();
		return new ListResponse<>(items, paging.page(), paging.size(), total);
	}

	/** A meeting as lists show it, with the in-person places taken (pending or validated registrations). */
	public record Listing(Meeting meeting, long seatsTaken) {

		/** The in-person places left, or null when the room has no limit (or the meeting is virtual). */
		public Long placesLeft() {
			Integer capacity = meeting.capacity();
			return capacity == null || meeting.isVirtual() ? null : Math.max(0, capacity - seatsTaken);
		}
	}

	/** Which meetings a list shows: those to come (not yet ended), those past, or all. */
	public enum When {
		UPCOMING, PAST, ALL
	}

	/** How a list is ordered; by date, past meetings come newest first, the others soonest first. */
	public enum Sort {
		DATE, TITLE, GROUP, PLACE
	}

	/**
	 * What a reader looks for: words of the title, a study group ("SG16", "ITU-T SG16") or a place
	 * (a city, a country code), a sector, a study group's code; each optional.
	 */
	public record Search(String q, String sector, String studyGroup, When when, Sort sort) {
	}

	private static final String LISTING = SELECT.replace("FROM meeting", ", (SELECT COUNT(*) FROM registration r WHERE r.meeting_id = meeting.id AND "
			+ Registrations.TAKES_A_SEAT + ") AS seats_taken FROM meeting");

	/** A page of meetings found, each with its places taken, in two queries whatever the page's length. */
	@Transactional(readOnly = true)
	public ListResponse<Listing> search(Search search, LocalDate today, ListResponse.Paging paging) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		Map<String, Object> params = new LinkedHashMap<>();
		When when = search.when() == null ? When.UPCOMING : search.when();
		if (when == When.UPCOMING) {
			where.append(" AND end_date >= :today");
			params.put("today", today);
		}
		else if (when == When.PAST) {
			where.append(" AND end_date < :today");
			params.put("today", today);
		}
		if (search.sector() != null && !search.sector().isBlank()) {
			where.append(" AND sector = :sector");
			params.put("sector", search.sector().trim());
		}
		if (search.studyGroup() != null && !search.studyGroup().isBlank()) {
			where.append(" AND study_group = :g");
			params.put("g", search.studyGroup().trim());
		}
		if (search.q() != null && !search.q().isBlank()) {
			String words = search.q().trim().toLowerCase(Locale.ROOT).replace('-', ' ');
			String pattern = "%" + words.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
			where.append(" AND (LOWER(REPLACE(title, '-', ' ')) LIKE :q ESCAPE '!'")
				.append(" OR LOWER(REPLACE(study_group, '-', ' ')) LIKE :q ESCAPE '!'")
				.append(" OR LOWER(city) LIKE :q ESCAPE '!' OR LOWER(country) = :word)");
			params.put("q", pattern);
			params.put("word", words);
		}
		long total = jdbc.sql("SELECT COUNT(*) FROM meeting" + where).params(params).query(Long.class).single();
		// A page past the last shows the last: a link kept from a longer list still leads somewhere.
		int page = (int) Math.max(0, Math.min(paging.page(), (total - 1) / paging.size()));
		params.put("limit", paging.size());
		params.put("offset", (long) page * paging.size());
		List<Listing> items = jdbc.sql(LISTING + where + order(search.sort(), when) + " LIMIT :limit OFFSET :offset")
			.params(params)
			.query((rs, n) -> new Listing(map(rs, n), rs.getLong("seats_taken")))
			.list();
		return new ListResponse<>(items, page, paging.size(), total);
	}

	private static String order(Sort sort, When when) {
		String byDate = when == When.PAST ? "start_date DESC, end_date DESC" : "start_date, end_date";
		return switch (sort == null ? Sort.DATE : sort) {
			case DATE -> " ORDER BY " + byDate + ", title, id";
			case TITLE -> " ORDER BY LOWER(title), " + byDate + ", id";
			// ITU-T before ITU-D, then by number: SG2 before SG11
			case GROUP -> " ORDER BY sector DESC, LENGTH(study_group), study_group, " + byDate + ", id";
			case PLACE -> " ORDER BY CASE WHEN city IS NULL THEN 1 ELSE 0 END, LOWER(city), " + byDate + ", id";
		};
	}

	/**
	 * The meetings running on that day or starting within the days after it (badges are collected
	 * the day before), soonest first, at most {@code limit}: the check-in desks to open.
	 */
	@Transactional(readOnly = true)
	public List<Meeting> runningAround(LocalDate day, int daysAhead, int limit) {
		return jdbc.sql(SELECT + " WHERE end_date >= :day AND start_date <= :until ORDER BY start_date, title, id LIMIT :limit")
			.param("day", day)
			.param("until", day.plusDays(daysAhead))
			.param("limit", limit)
			.query(Meetings::map)
			.list();
	}

	/** One meeting with its places taken. */
	@Transactional(readOnly = true)
	public Optional<Listing> listing(String id) {
		return jdbc.sql(LISTING + " WHERE id = :id")
			.param("id", id == null ? "" : id)
			.query((rs, n) -> new Listing(map(rs, n), rs.getLong("seats_taken")))
			.optional();
	}

	private static Meeting map(ResultSet rs, int n) throws SQLException {
		return new Meeting(rs.getString("id"), rs.getString("study_group"), rs.getString("sector"),
				Meeting.Kind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getDate("start_date").toLocalDate(),
				rs.getDate("end_date").toLocalDate(), rs.getString("city"), rs.getString("country"),
				rs.getBoolean("remote_participation"), rs.getDate("registration_opens").toLocalDate(),
				rs.getDate("registration_closes").toLocalDate(), (Integer) rs.getObject("capacity"),
				rs.getDate("contribution_deadline") == null ? null : rs.getDate("contribution_deadline").toLocalDate(),
				rs.getTimestamp("created_at").toInstant(), rs.getString("remote_details"), rs.getString("collocated_with"),
				rs.getBoolean("date_approximate"));
	}
}
