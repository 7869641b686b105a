package org.sgbridge.pilot;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.sgbridge.directory.MemberStates;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Problem;
import org.sgbridge.platform.web.ListQuery;
import org.sgbridge.platform.web.ListResponse;
import org.sgbridge.studygroup.StudyGroups;
import org.springframework.modulith.NamedInterface;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Expressions of interest: anyone, without an account, says that a company is interested in chosen
 * pilot groups. It counts as "expressed interest" until the same organisation submits a request
 * (linked by the e-mail of its representative, or by the secretariat).
 */
@NamedInterface("api")
@Service
@Transactional
public class InterestRegister {

	static final int PER_ADDRESS_PER_HOUR = 20;

	private final JdbcClient jdbc;
	private final MemberStates states;
	private final StudyGroups groups;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	InterestRegister(JdbcClient jdbc, MemberStates states, StudyGroups groups, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.states = states;
		this.groups = groups;
		this.clock = clock;
	}

	/** An expression of interest as the secretariat follows it up. */
	public record Interest(String id, String organizationName, String country, String email, List<String> studyGroups,
			Instant createdAt, String organizationId, Instant invitedAt) {
	}

	public Interest express(String organizationName, String country, String email, List<String> studyGroups,
			String clientAddress, Locale locale) {
		Instant now = clock.instant();
		long recent = jdbc.sql("SELECT COUNT(*) FROM expression_of_interest WHERE client_address = :a AND created_at > :since")
			.param("a", clientAddress)
			.param("since", Timestamp.from(now.minus(Duration.ofHours(1))))
			.query(Long.class)
			.single();
		if (recent >= PER_ADDRESS_PER_HOUR) {
			throw new Problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts", "problem.too-many-interests.detail")
				.retryAfter(Duration.ofMinutes(30));
		}
		List<Problem.FieldProblem> problems = new ArrayList<>();
		if (organizationName == null || organizationName.isBlank()) {
			problems.add(new Problem.FieldProblem("organizationName", "validation.NotBlank"));
		}
		else if (organizationName.length() > 300) {
			problems.add(new Problem.FieldProblem("organizationName", "validation.Size", 300, 1));
		}
		String code = country == null ? "" : country.trim().toUpperCase(Locale.ROOT);
		if (!states.exists(code)) {
			problems.add(new Problem.FieldProblem("country", "validation.country"));
		}
		String address = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
		org.sgbridge.platform.EmailAddress.problem(address).ifPresent(k -> problems.add(new Problem.FieldProblem("email", k)));
		Map<String, String> sectorOf = new LinkedHashMap<>();
		groups.all(true).forEach(g -> sectorOf.put(g.code(), g.sector()));
		List<String> chosen = studyGroups == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(studyGroups));
		if (chosen.isEmpty()) {
			problems.add(new Problem.FieldProblem("studyGroups", "validation.NotEmpty"));
		}
		for (String group : chosen) {
			if (!sectorOf.containsKey(group)) {
				problems.add(new Problem.FieldProblem("studyGroups", "validation.pilotGroup", group));
			}
		}
		if (!problems.isEmpty()) {
			throw Problem.invalidInput(problems);
		}
		String id = UUID.randomUUID().toString();
		jdbc.sql("""
				INSERT INTO expression_of_interest (id, organization_name, country, email, client_address, created_at)
				VALUES (:id, :name, :country, :email, :address, :now)""")
			.param("id", id)
			.param("name", organizationName.trim())
			.param("country", code)
			.param("email", address)
			.param("address", clientAddress)
			.param("now", Timestamp.from(now))
			.update();
		for (String group : chosen) {
			jdbc.sql("INSERT INTO expression_of_interest_group (interest_id, study_group, sector) VALUES (:id, :g, :s)")
				.param("id", id)
				.param("g", group)
				.param("s", sectorOf.get(group))
				.update();
		}
		events.publishEvent(new InterestEvent.Expressed(id, organizationName.trim(), code, address, locale));
		events.publishEvent(new PilotParticipationChanged(null, id));
		return find(id);
	}

	/** Links the interest expressed with this e-mail to the organisation now asking to join. */
	void linkByEmail(String organizationId, String email) {
		int linked = jdbc.sql("UPDATE expression_of_interest SET organization_id = :o WHERE organization_id IS NULL AND email = :e")
			.param("o", organizationId)
			.param("e", email == null ? "" : email.toLowerCase(Locale.ROOT))
			.update();
		if (linked > 0) {
			events.publishEvent(new PilotParticipationChanged(organizationId, null));
		}
	}

	/** The secretariat links an expression of interest to the organisation it came from. */
	public Interest link(Actor actor, String interestId, String organizationId) {
		if (!actor.isSecretariat()) {
			throw Problem.forbidden("secretariat");
		}
		Interest before = find(interestId);
		jdbc.sql("UPDATE expression_of_interest SET organization_id = :o WHERE id = :id")
			.param("o", organizationId)
			.param("id", interestId)
			.update();
		if (before.organizationId() != null) {
			events.publishEvent(new PilotParticipationChanged(before.organizationId(), null));
		}
		events.publishEvent(new PilotParticipationChanged(organizationId, interestId));
		return find(interestId);
	}

	/** The secretariat invites the company to apply: a mail with the way in. */
	public Interest invite(Actor actor, String interestId, Locale locale) {
		if (!actor.isSecretariat()) {
			throw Problem.forbidden("secretariat");
		}
		Interest interest = find(interestId);
		events.publishEvent(new InterestEvent.Invited(interestId, interest.organizationName(), interest.country(),
				interest.email(), locale, org.sgbridge.platform.Act.ofStaff(actor, clock)));
		jdbc.sql("UPDATE expression_of_interest SET invited_at = :now WHERE id = :id")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", interestId)
			.update();
		return find(interestId);
	}

	@Transactional(readOnly = true)
	public List<Interest> all(Actor actor) {
		if (!actor.isSecretariat()) {
			throw Problem.forbidden("secretariat");
		}
		return query(" ORDER BY e.created_at DESC", Map.of());
	}

	/** Where the follow-up of an expression of interest stands. */
	public enum FollowUp {
		/** Neither invited nor linked to an organisation's request yet. */
		WAITING,
		/** Invited to apply, no request yet. */
		INVITED,
		/** Linked to the organisation that asked to join. */
		APPLIED
	}

	/**
	 * The expressions of interest for the secretariat, newest first, a page at a time in SQL:
	 * searched by a part of the company's name or e-mail, filtered by country, sector and follow-up.
	 */
	@Transactional(readOnly = true)
	public ListResponse<Interest> search(Actor actor, String text, String country, String sector, FollowUp followUp,
			ListResponse.Paging paging) {
		if (!actor.isSecretariat()) {
			throw Problem.forbidden();
		}
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		Map<String, Object> params = new LinkedHashMap<>();
		if (text != null && !text.isBlank()) {
			where.append(" AND (LOWER(e.organization_name) LIKE :q ESCAPE '\\' OR LOWER(e.email) LIKE :q ESCAPE '\\')");
			params.put("q", ListQuery.likePattern(text.strip()));
		}
		if (country != null && !country.isBlank()) {
			where.append(" AND e.country = :country");
			params.put("country", country.strip().toUpperCase(Locale.ROOT));
		}
		if (sector != null && !sector.isBlank()) {
			where.append(" AND EXISTS (SELECT 1 FROM expression_of_interest_group g WHERE g.interest_id = e.id AND g.sector = :sector)");
			params.put("sector", sector.strip());
		}
		if (followUp != null) {
			where.append(switch (followUp) {
				case WAITING -> " AND e.organization_id IS NULL AND e.invited_at IS NULL";
				case INVITED -> " AND e.organization_id IS NULL AND e.invited_at IS NOT NULL";
				case APPLIED -> " AND e.organization_id IS NOT NULL";
			});
		}
		long total = jdbc.sql("SELECT COUNT(*) FROM expression_of_interest e" + where).params(params).query(Long.class).single();
		params.put("limit", paging.size());
		params.put("offset", paging.offset());
		List<Interest> items = query(where + " ORDER BY e.created_at DESC, e.id LIMIT :limit OFFSET :offset", params);
		return new ListResponse<>(items, paging.page(), paging.size(), total);
	}

	@Transactional(readOnly = true)
	public Interest find(String id) {
		return query(" WHERE e.id = :id", Map.of("id", id == null ? "" : id)).stream().findFirst()
			.orElseThrow(Problem::notFound);
	}

	private List<Interest> query(String tail, Map<String, ?> params) {
		List<Interest> bare = jdbc.sql("""
				SELECT e.id, e.organization_name, e.country, e.email, e.created_at, e.organization_id, e.invited_at
				FROM expression_of_interest e""" + tail)
			.params(params)
			.query((rs, n) -> new Interest(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), List.of(),
					rs.getTimestamp(5).toInstant(), rs.getString(6),
					rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()))
			.list();
		if (bare.isEmpty()) {
			return bare;
		}
		// The groups of all of them in one query.
		Map<String, List<String>> groupsOf = new LinkedHashMap<>();
		jdbc.sql("SELECT interest_id, study_group FROM expression_of_interest_group WHERE interest_id IN (:ids) ORDER BY study_group")
			.param("ids", bare.stream().map(Interest::id).toList())
			.query((rs, n) -> groupsOf.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)))
			.list();
		return bare.stream()
			.map(i -> new Interest(i.id(), i.organizationName(), i.country(), i.email(), groupsOf.getOrDefault(i.id(), List.of()),
					i.createdAt(), i.organizationId(), i.invitedAt()))
			.toList();
	}
}
