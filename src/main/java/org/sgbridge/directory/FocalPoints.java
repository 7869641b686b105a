package org.sgbridge.directory;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.sgbridge.account.AccountManagement;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Dates;
import org.sgbridge.platform.Problem;
import org.springframework.modulith.NamedInterface;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Focal points, designated by the secretariat: the Designated Focal Points (DFPs) of each
 * Administration, and the focal points of Sector Members, Associates and Academia (an SME has
 * none: its country's DFPs act for it). A new designation replaces the previous set, which stays in
 * the history with its end.
 */
@NamedInterface("api")
@Service
@Transactional
public class FocalPoints {

	private final JdbcClient jdbc;
	private final OrganizationDirectory organizations;
	private final MemberStates states;
	private final AccountManagement accounts;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	FocalPoints(JdbcClient jdbc, OrganizationDirectory organizations, MemberStates states, AccountManagement accounts,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.organizations = organizations;
		this.states = states;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/** Designates the DFPs of a Member State's Administration; they become its members. */
	public List<String> designateForState(Actor actor, String country, List<String> accountIds) {
		MemberState state = states.find(country, Dates.today(clock)).orElseThrow(Problem::notFound);
		return designate(actor, state.administrationId(), accountIds);
	}

	/** Designates an entity's own focal points (not for an SME). */
	public List<String> designate(Actor actor, String organizationId, List<String> accountIds) {
		if (!actor.isSecretariat()) {
			throw Problem.forbidden("secretariat");
		}
		Organization organization = organizations.find(organizationId).orElseThrow(Problem::notFound);
		if (organization.isSme() || organization.kind() == Organization.Kind.ASSOCIATION) {
			throw Problem.rule("no-own-focal-point");
		}
		if (accountIds == null) {
			// A missing list is a mistake, never "remove them all" (an empty list says that).
			throw Problem.invalidField("accountIds", "validation.NotNull");
		}
		Set<String> ids = new LinkedHashSet<>(accountIds);
		for (String id : ids) {
			if (id == null || accounts.find(id).isEmpty()) {
				throw Problem.invalidField("accountIds", "validation.account");
			}
		}
		Timestamp now = Timestamp.from(clock.instant());
		List<String> current = current(organizationId);
		for (String old : current) {
			if (!ids.contains(old)) {
				jdbc.sql("UPDATE focal_point SET until = :now WHERE organization_id = :o AND account_id = :a AND until IS NULL")
					.param("now", now)
					.param("o", organizationId)
					.param("a", old)
					.update();
			}
		}
		for (String id : ids) {
			if (!current.contains(id)) {
				jdbc.sql("""
						INSERT INTO focal_point (organization_id, account_id, since, designated_by)
						VALUES (:o, :a, :now, :by)""")
					.param("o", organizationId)
					.param("a", id)
					.param("now", now)
					.param("by", actor.accountId())
					.update();
				if (!organizations.isMember(id, organizationId)) {
					organizations.insertMember(organizationId, id, false);
				}
			}
		}
		List<String> designated = List.copyOf(ids);
		forgetStatesOf();
		events.publishEvent(new FocalPointsDesignated(organizationId, organization.kind().name(), organization.country(),
				designated, org.sgbridge.platform.Act.ofStaff(actor, clock)));
		return designated;
	}

	/** A focal point's current designation, as the secretariat's list shows it. */
	public record Designation(long id, String organizationId, String organizationName, String kind, String country,
			String accountId, java.time.Instant since) {
	}

	private static final String DESIGNATIONS = """
			SELECT f.id, f.organization_id, o.name, o.kind, o.country, f.account_id, f.since
			FROM focal_point f JOIN organization o ON o.id = f.organization_id
			WHERE f.until IS NULL""";

	/**
	 * The current designations, of the organisations of a Member State and whose name contains
	 * {@code q} (ignoring case and accents), each filter optional; by organisation, a page at a time.
	 */
	@Transactional(readOnly = true)
	public org.sgbridge.platform.web.ListResponse<Designation> designations(String country, String q,
			org.sgbridge.platform.web.ListResponse.Paging paging) {
		StringBuilder where = new StringBuilder();
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		if (country != null && !country.isBlank()) {
			where.append(" AND o.country = :country");
			params.put("country", country.trim().toUpperCase(java.util.Locale.ROOT));
		}
		if (q != null && !q.isBlank()) {
			String pattern = NameFolding.fold(q.trim()).replace("!", "!!").replace("%", "!%").replace("_", "!_");
			where.append(" AND o.name_folded LIKE :q ESCAPE '!'");
			params.put("q", "%" + pattern + "%");
		}
		long total = jdbc.sql("SELECT COUNT(*) FROM (" + DESIGNATIONS + where + ") d").params(params).query(Long.class).single();
		params.put("limit", paging.size());
		params.put("offset", paging.offset());
		List<Designation> items = jdbc.sql(DESIGNATIONS + where + " ORDER BY o.name, o.id, f.since, f.id LIMIT :limit OFFSET :offset")
			.params(params)
			.query(FocalPoints::designation)
			.list();
		return new org.sgbridge.platform.web.ListResponse<>(items, paging.page(), paging.size(), total);
	}

	/** A current designation by its id, if there is one. */
	@Transactional(readOnly = true)
	public java.util.Optional<Designation> designation(long id) {
		return jdbc.sql(DESIGNATIONS + " AND f.id = :id").param("id", id).query(FocalPoints::designation).optional();
	}

	private static Designation designation(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Designation(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getTimestamp(7).toInstant());
	}

	/**
	 * Ends one focal point's designation (the secretariat): the organisation's other focal points
	 * stay. It is a new designation of the others, so the history keeps the end and the event tells
	 * the other modules, as a replacement does.
	 */
	public List<String> end(Actor actor, long designationId) {
		if (!actor.isSecretariat()) {
			throw Problem.forbidden();
		}
		Designation ending = designation(designationId).orElseThrow(Problem::notFound);
		List<String> remaining = current(ending.organizationId()).stream().filter(a -> !a.equals(ending.accountId())).toList();
		return designate(actor, ending.organizationId(), remaining);
	}

	/** The current focal points of an organisation. */
	@Transactional(readOnly = true)
	public List<String> current(String organizationId) {
		return jdbc.sql("SELECT account_id FROM focal_point WHERE organization_id = :o AND until IS NULL ORDER BY since, id")
			.param("o", organizationId)
			.query(String.class)
			.list();
	}

	/** The current DFPs of a Member State's Administration. */
	@Transactional(readOnly = true)
	public List<String> ofState(String country) {
		return jdbc.sql("""
				SELECT f.account_id FROM focal_point f JOIN organization o ON o.id = f.organization_id
				WHERE o.kind = 'ADMINISTRATION' AND o.country = :c AND f.until IS NULL ORDER BY f.since, f.id""")
			.param("c", country)
			.query(String.class)
			.list();
	}

	/** The organisations of which the account is a current focal point (for an Administration: a DFP). */
	@Transactional(readOnly = true)
	public List<Duty> dutiesOf(String accountId) {
		return jdbc.sql("""
				SELECT o.id, o.kind, o.country FROM focal_point f JOIN organization o ON o.id = f.organization_id
				WHERE f.account_id = :a AND f.until IS NULL""")
			.param("a", accountId)
			.query((rs, n) -> new Duty(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	/** Of these organisations, those that have a current focal point of their own (one query, for lists). */
	@Transactional(readOnly = true)
	public java.util.Set<String> withCurrentFocalPoints(java.util.Collection<String> organizationIds) {
		if (organizationIds.isEmpty()) {
			return java.util.Set.of();
		}
		return new java.util.HashSet<>(jdbc.sql("""
				SELECT DISTINCT organization_id FROM focal_point WHERE organization_id IN (:o) AND until IS NULL""")
			.param("o", List.copyOf(new java.util.LinkedHashSet<>(organizationIds)))
			.query(String.class)
			.list());
	}

	/** Of these Member States, those whose Administration has a current DFP (one query, for lists). */
	@Transactional(readOnly = true)
	public java.util.Set<String> statesWithFocalPoints(java.util.Collection<String> countries) {
		if (countries.isEmpty()) {
			return java.util.Set.of();
		}
		return new java.util.HashSet<>(jdbc.sql("""
				SELECT DISTINCT o.country FROM focal_point f JOIN organization o ON o.id = f.organization_id
				WHERE o.kind = 'ADMINISTRATION' AND o.country IN (:c) AND f.until IS NULL""")
			.param("c", List.copyOf(new java.util.LinkedHashSet<>(countries)))
			.query(String.class)
			.list());
	}

	/** A focal-point duty: the organisation, its kind and country. */
	public record Duty(String organizationId, String kind, String country) {
	}

	/** Every account that is a focal point of some organisation now. */
	@Transactional(readOnly = true)
	public List<String> allCurrent() {
		return jdbc.sql("SELECT DISTINCT account_id FROM focal_point WHERE until IS NULL ORDER BY account_id")
			.query(String.class)
			.list();
	}

	/** The Member States of which the account is a current DFP. */
	@Transactional(readOnly = true)
	public List<String> statesOf(String accountId) {
		// Asked by several parts of one page (its navigation, its own content): read once per request.
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		String key = STATES_OF + accountId;
		if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof List<?> known) {
			@SuppressWarnings("unchecked")
			List<String> states = (List<String>) known;
			return states;
		}
		List<String> states = List.copyOf(jdbc.sql("""
				SELECT o.country FROM focal_point f JOIN organization o ON o.id = f.organization_id
				WHERE o.kind = 'ADMINISTRATION' AND f.account_id = :a AND f.until IS NULL ORDER BY o.country""")
			.param("a", accountId)
			.query(String.class)
			.list());
		if (request != null) {
			request.setAttribute(key, states, RequestAttributes.SCOPE_REQUEST);
		}
		return states;
	}

	private static final String STATES_OF = FocalPoints.class.getName() + ".statesOf.";

	/** A designation changed: what this request read of anyone's states is read again. */
	private static void forgetStatesOf() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			for (String name : request.getAttributeNames(RequestAttributes.SCOPE_REQUEST)) {
				if (name.startsWith(STATES_OF)) {
					request.removeAttribute(name, RequestAttributes.SCOPE_REQUEST);
				}
			}
		}
	}

	/** Published when the secretariat designates (or replaces) the focal points of an organisation. */
	public record FocalPointsDesignated(String organizationId, String kind, String country, List<String> accountIds,
			org.sgbridge.platform.Act act) implements org.sgbridge.platform.Audited {

		@Override
		public String action() {
			return "FOCAL_POINTS_DESIGNATED";
		}

		@Override
		public String subjectType() {
			return "ORGANIZATION";
		}

		@Override
		public String subject() {
			return organizationId;
		}

		@Override
		public String memberState() {
			return country;
		}
	}
}
