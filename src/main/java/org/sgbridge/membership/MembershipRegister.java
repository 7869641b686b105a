package org.sgbridge.membership;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sgbridge.directory.MemberStates;
import org.sgbridge.directory.Organization;
import org.sgbridge.directory.OrganizationCreated;
import org.sgbridge.directory.OrganizationDirectory;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Dates;
import org.sgbridge.platform.Problem;
import org.sgbridge.platform.web.ListResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The memberships of Sector Members, Associates and Academia: one per organisation and sector,
 * created with the organisation (so that nobody loses a right), with a Sector Member's class in
 * contributory units as the secretariat records it, and the history of each membership's status.
 */
@org.springframework.modulith.NamedInterface("api")
@Service
@Transactional
public class MembershipRegister {

	private static final String COLUMNS = """
			m.id, m.organization_id, m.sector, m.category, m.contributory_units, m.status, m.started_on,
			m.notice_given_on, m.ends_on""";

	private final JdbcClient jdbc;
	private final Clock clock;
	private final OrganizationDirectory organizations;
	private final MemberStates states;

	MembershipRegister(JdbcClient jdbc, Clock clock, OrganizationDirectory organizations, MemberStates states) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.organizations = organizations;
		this.states = states;
	}

	/**
	 * A Sector Member, Associate or Academia organisation holds a membership from its creation, in
	 * each of its sectors (an Associate in its study group's), {@code ACTIVE}; a Sector Member in the
	 * class of one contributory unit until the secretariat records another. Synchronously, in the
	 * transaction that creates the organisation: the membership exists as soon as the organisation does.
	 */
	@org.springframework.context.event.EventListener
	void on(OrganizationCreated created) {
		List<String> sectors = switch (created.kind()) {
			case "SECTOR_MEMBER", "ACADEMIA" -> created.sectors().isEmpty() ? List.of("ITU-T", "ITU-D") : created.sectors();
			case "ASSOCIATE" -> created.studyGroups().stream().map(MembershipRegister::sectorOf).distinct().toList();
			default -> List.of();
		};
		LocalDate on = created.createdAt().atZone(java.time.ZoneOffset.UTC).toLocalDate();
		for (String sector : sectors) {
			insert(created.organizationId(), sector, created.kind(),
					"SECTOR_MEMBER".equals(created.kind()) ? BigDecimal.ONE : null, on, created.createdAt(), null);
		}
	}

	private void insert(String organizationId, String sector, String category, BigDecimal units, LocalDate startedOn,
			java.time.Instant at, String by) {
		String id = java.util.UUID.randomUUID().toString();
		jdbc.sql("""
				INSERT INTO membership (id, organization_id, sector, category, contributory_units, status, started_on,
				    created_at, version)
				VALUES (:id, :org, :sector, :category, :units, 'ACTIVE', :on, :at, 0)""")
			.param("id", id).param("org", organizationId).param("sector", sector).param("category", category)
			.param("units", units).param("on", startedOn).param("at", Timestamp.from(at)).update();
		history(id, Membership.Status.ACTIVE, startedOn, "created", by);
	}

	/** A membership's status changes on a day, for a reason ({@code arrears}, {@code payment}, ...): kept in its history. */
	void status(String membershipId, Membership.Status status, LocalDate on, String reason, String by) {
		jdbc.sql("UPDATE membership SET status = :s, version = version + 1 WHERE id = :id")
			.param("s", status.name()).param("id", membershipId).update();
		history(membershipId, status, on, reason, by);
	}

	/** The one place that writes a membership's history. */
	private void history(String membershipId, Membership.Status status, LocalDate on, String reason, String by) {
		jdbc.sql("""
				INSERT INTO membership_history (membership_id, status, effective_on, reason, changed_by, changed_at)
				VALUES (:id, :status, :on, :reason, :by, :at)""")
			.param("id", membershipId).param("status", status.name()).param("on", on).param("reason", reason)
			.param("by", by).param("at", Timestamp.from(clock.instant())).update();
	}

	/** The sector of a study group's code: {@code ITU-T} for {@code ITU-T-SG20}. */
	static String sectorOf(String studyGroup) {
		return studyGroup.startsWith("ITU-D") ? "ITU-D" : "ITU-T";
	}

	/** An organisation's memberships, by sector. */
	@Transactional(readOnly = true)
	public List<Membership> of(String organizationId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM membership m WHERE m.organization_id = :org ORDER BY m.sector DESC")
			.param("org", organizationId).query(MembershipRegister::membership).list();
	}

	@Transactional(readOnly = true)
	public Optional<Membership> find(String id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM membership m WHERE m.id = :id").param("id", id)
			.query(MembershipRegister::membership).optional();
	}

	/** A membership as the secretariat's list shows it: the organisation's name, country and size, and the fee it pays. */
	public record Member(Membership membership, String organizationName, String country, Integer employees,
			BigDecimal annualFee) {
	}

	/**
	 * The memberships, by category, sector and organisation name, a page at a time; {@code category}
	 * and {@code status} (either may be null) narrow them. The fee of each is its category's current
	 * fee in its sector (times the class of a Sector Member). A fixed number of queries.
	 */
	@Transactional(readOnly = true)
	public ListResponse<Member> list(String category, String status, int page, int size) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		Map<String, Object> params = new java.util.HashMap<>();
		if (category != null) {
			where.append(" AND m.category = :category");
			params.put("category", category);
		}
		if (status != null) {
			where.append(" AND m.status = :status");
			params.put("status", status);
		}
		long total = jdbc.sql("SELECT COUNT(*) FROM membership m" + where).params(params).query(Long.class).single();
		List<Member> items = jdbc.sql("SELECT " + COLUMNS + """
				, o.name, o.country, o.employees, f.annual_fee
				FROM membership m
				JOIN directory_organization_v o ON o.id = m.organization_id
				LEFT JOIN membership_current_fee_v f ON f.code = m.category AND f.sector = m.sector
				""" + where + """
				 ORDER BY CASE m.category WHEN 'SECTOR_MEMBER' THEN 1 WHEN 'ASSOCIATE' THEN 2 WHEN 'ACADEMIA' THEN 3 ELSE 4 END,
				    o.name, m.sector DESC
				LIMIT :size OFFSET :offset""")
			.params(params).param("size", size).param("offset", (long) page * size)
			.query((rs, n) -> {
				Membership m = membership(rs, n);
				return new Member(m, rs.getString("name"), rs.getString("country"),
						(Integer) rs.getObject("employees", Integer.class), m.annualFee(rs.getBigDecimal("annual_fee")).orElse(null));
			})
			.list();
		return new ListResponse<>(items, page, size, total);
	}

	/**
	 * The secretariat records a Sector Member's class ("1/16" to "40"): 400 naming {@code class} for
	 * one ITU does not have, or for 1/16 and 1/8 when the member's country is not a developing
	 * country today; 404 for an unknown membership; 422 {@code not-a-sector-member} for another category.
	 */
	public Membership setClass(Actor actor, String membershipId, String written) {
		if (!actor.isSecretariat()) {
			throw Problem.forbidden("secretariat");
		}
		Membership m = find(membershipId).orElseThrow(Problem::notFound);
		if (!"SECTOR_MEMBER".equals(m.category())) {
			throw Problem.rule("not-a-sector-member");
		}
		BigDecimal units = Membership.units(written)
			.orElseThrow(() -> Problem.invalidField("class", "validation.membership.class", String.join(", ", Membership.CLASSES)));
		if (Membership.developingOnly(units)) {
			Organization organization = organizations.find(m.organizationId()).orElseThrow();
			boolean developing = organization.country() != null
					&& states.find(organization.country(), Dates.today(clock)).map(s -> s.developing()).orElse(false);
			if (!developing) {
				throw Problem.invalidField("class", "validation.membership.class-developing", written.trim());
			}
		}
		jdbc.sql("UPDATE membership SET contributory_units = :units, version = version + 1 WHERE id = :id")
			.param("units", units).param("id", membershipId).update();
		return find(membershipId).orElseThrow();
	}

	/** Notice of cancellation takes effect this many months after it is given. */
	public static final int NOTICE_MONTHS = 6;

	/**
	 * Notice of cancellation, given by the organisation's representative or recorded by the secretariat:
	 * the membership ends six months later (invoices due after that are not issued); 404 for an unknown
	 * membership, 403 for anyone else, 409 {@code notice-given} when notice was given already or it has ended.
	 */
	public Membership giveNotice(Actor actor, String membershipId) {
		Membership m = find(membershipId).orElseThrow(Problem::notFound);
		if (!actor.isSecretariat() && !organizations.isRepresentative(actor.accountId(), m.organizationId())) {
			throw Problem.forbidden("secretariat");
		}
		if (m.noticeGivenOn() != null || m.status() == Membership.Status.ENDED) {
			throw Problem.conflict("notice-given");
		}
		LocalDate today = Dates.today(clock);
		int updated = jdbc.sql("""
				UPDATE membership SET notice_given_on = :today, ends_on = :ends, version = version + 1
				WHERE id = :id AND notice_given_on IS NULL""")
			.param("today", today).param("ends", today.plusMonths(NOTICE_MONTHS)).param("id", membershipId).update();
		if (updated != 1) {
			throw Problem.conflict("notice-given");
		}
		history(membershipId, m.status(), today, "notice given", actor.accountId());
		return find(membershipId).orElseThrow();
	}

	private static Membership membership(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		java.sql.Date notice = rs.getDate("notice_given_on");
		java.sql.Date ends = rs.getDate("ends_on");
		BigDecimal units = rs.getBigDecimal("contributory_units");
		return new Membership(rs.getString("id"), rs.getString("organization_id"), rs.getString("sector"),
				rs.getString("category"), units == null ? null : units.setScale(4), Membership.Status.valueOf(rs.getString("status")),
				rs.getDate("started_on").toLocalDate(), notice == null ? null : notice.toLocalDate(),
				ends == null ? null : ends.toLocalDate());
	}

	/** The statuses of a membership over time, oldest first: status, effective day and reason. */
	@Transactional(readOnly = true)
	public List<Map<String, Object>> history(String membershipId) {
		return new ArrayList<>(jdbc.sql("""
				SELECT status, effective_on, reason FROM membership_history WHERE membership_id = :id ORDER BY id""")
			.param("id", membershipId).query().listOfRows());
	}
}
