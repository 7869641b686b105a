package org.sgbridge.directory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sgbridge.account.AccountManagement;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Problem;
import org.sgbridge.platform.web.ListResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * National delegations: the people who take part for a Member State's Administration. Its DFPs add
 * people to it, an SME's staff among them (who then register for any meeting as delegates, and, as
 * SME staff, still take no part in decisions); the DFP's and the secretariat's pages show which SMEs
 * take part this way. Read in one query each, whatever the delegation's size.
 */
@NamedInterface("api")
@Service
@Transactional
public class NationalDelegations {

	private final JdbcClient jdbc;
	private final OrganizationDirectory organizations;
	private final MemberStates states;
	private final AccountManagement accounts;
	private final FocalPoints focalPoints;

	NationalDelegations(JdbcClient jdbc, OrganizationDirectory organizations, MemberStates states,
			AccountManagement accounts, FocalPoints focalPoints) {
		this.focalPoints = focalPoints;
		this.jdbc = jdbc;
		this.organizations = organizations;
		this.states = states;
		this.accounts = accounts;
	}

	/** A delegate: its name, since when, and the SMEs whose staff it is also part of (by name), if any. */
	public record Delegate(String accountId, String name, Instant since, List<String> smes) {

		public Delegate {
			smes = List.copyOf(smes);
		}

		public boolean fromAnSme() {
			return !smes.isEmpty();
		}
	}

	/** A state's delegation: its Administration and its delegates, by name. */
	/** A state's delegation: its Administration, how many delegates it has, and how many of them are an SME's staff. */
	public record Delegation(String country, String administrationId, long total, long fromSmes) {
	}

	/** An SME's person in a national delegation, as the secretariat's overview lists them. */
	public record SmeDelegate(String delegationCountry, String accountId, String name, String smeName, String smeCountry,
			Instant since) {
	}

	/** The delegation of a state: for its DFPs and the secretariat (403 for anyone else, 404 for an unknown state). */
	@Transactional(readOnly = true)
	public Delegation of(Actor actor, String country) {
		String code = country == null ? "" : country.trim().toUpperCase(Locale.ROOT);
		if (!states.exists(code)) {
			throw Problem.notFound();
		}
		requireDfpOrSecretariat(actor, code);
		String administration = organizations.idsIn(code, Organization.Kind.ADMINISTRATION).stream().findFirst()
			.orElseThrow(Problem::notFound);
		Map<String, Object> counts = jdbc.sql("""
				SELECT COUNT(*) AS total,
				       COUNT(CASE WHEN EXISTS (SELECT 1 FROM organization_member sm JOIN organization s ON s.id = sm.organization_id
				           AND s.kind = 'SME' WHERE sm.account_id = m.account_id) THEN 1 END) AS smes
				FROM organization_member m WHERE m.organization_id = :admin""")
			.param("admin", administration).query().singleRow();
		return new Delegation(code, administration, ((Number) counts.get("total")).longValue(),
				((Number) counts.get("smes")).longValue());
	}

	/**
	 * A page of a delegation's people by name, each with the SMEs whose staff it is also part of (two
	 * queries, whatever the page's size).
	 */
	public ListResponse<Delegate> delegates(Delegation delegation, ListResponse.Paging paging) {
		List<Object[]> people = new ArrayList<>();
		jdbc.sql("""
				SELECT m.account_id, a.name, m.since
				FROM organization_member m
				LEFT JOIN account_name_v a ON a.id = m.account_id
				WHERE m.organization_id = :admin
				ORDER BY a.name, m.account_id LIMIT :limit OFFSET :offset""")
			.param("admin", delegation.administrationId()).param("limit", paging.size()).param("offset", paging.offset())
			.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> people.add(new Object[] { rs.getString("account_id"),
					rs.getString("name"), rs.getTimestamp("since").toInstant() }));
		Map<String, List<String>> smes = new LinkedHashMap<>();
		people.forEach(p -> smes.put((String) p[0], new ArrayList<>()));
		if (!smes.isEmpty()) {
			jdbc.sql("""
					SELECT sm.account_id, s.name FROM organization_member sm
					JOIN organization s ON s.id = sm.organization_id AND s.kind = 'SME'
					WHERE sm.account_id IN (:ids) ORDER BY s.name""")
				.param("ids", List.copyOf(smes.keySet()))
				.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> smes.get(rs.getString("account_id"))
					.add(rs.getString("name")));
		}
		List<Delegate> delegates = people.stream()
			.map(p -> new Delegate((String) p[0], (String) p[1], (Instant) p[2], smes.get((String) p[0]))).toList();
		return new ListResponse<>(delegates, paging.page(), paging.size(), delegation.total());
	}

	/**
	 * A DFP (or the secretariat) adds a person to the delegation by the e-mail of its account: 400
	 * naming {@code email} when no account has it, 409 {@code already-member} when it is a delegate already.
	 */
	public Delegation add(Actor actor, String country, String email) {
		Delegation delegation = of(actor, country);
		if (email == null || email.isBlank()) {
			throw Problem.invalidField("email", "validation.NotBlank");
		}
		String accountId = accounts.findByEmail(email.trim()).orElseThrow(() -> Problem.invalidField("email",
				"validation.account")).id();
		organizations.addMember(actor, delegation.administrationId(), accountId);
		return of(actor, country);
	}

	/** The secretariat's overview: every SME's person in a national delegation, by state and name (one query). */
	@Transactional(readOnly = true)
	public List<SmeDelegate> smeDelegates(Actor actor) {
		if (!actor.isSecretariat()) {
			throw Problem.forbidden("secretariat");
		}
		return jdbc.sql("""
				SELECT o.country AS delegation, m.account_id, a.name, s.name AS sme, s.country AS sme_country, m.since
				FROM organization o
				JOIN organization_member m ON m.organization_id = o.id
				JOIN organization_member sm ON sm.account_id = m.account_id
				JOIN organization s ON s.id = sm.organization_id AND s.kind = 'SME'
				LEFT JOIN account_name_v a ON a.id = m.account_id
				WHERE o.kind = 'ADMINISTRATION'
				ORDER BY o.country, a.name, s.name""")
			.query((rs, n) -> new SmeDelegate(rs.getString("delegation"), rs.getString("account_id"), rs.getString("name"),
					rs.getString("sme"), rs.getString("sme_country"), rs.getTimestamp("since").toInstant()))
			.list();
	}

	/** The states whose delegation this person may see: its own as a DFP. */
	@Transactional(readOnly = true)
	public List<String> statesOf(Actor actor) {
		return focalPoints.statesOf(actor.accountId());
	}

	private void requireDfpOrSecretariat(Actor actor, String country) {
		if (!actor.isSecretariat() && !organizations.isFocalPointOfState(actor.accountId(), country)) {
			throw Problem.forbidden("delegation", country);
		}
	}
}
