package org.sgbridge.directory;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.sgbridge.account.AccountManagement;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Problem;
import org.springframework.modulith.NamedInterface;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations and who takes part for them. Anyone signed in creates an SME or an association and
 * becomes its representative; the secretariat creates the other kinds. A representative (for an
 * Administration: its DFPs) or the secretariat adds members.
 */
@NamedInterface("api")
@Service
@Transactional
public class OrganizationDirectory {

	private static final Set<String> CURRENCIES = java.util.Currency.getAvailableCurrencies().stream()
		.map(java.util.Currency::getCurrencyCode)
		.collect(java.util.stream.Collectors.toSet());

	private final JdbcClient jdbc;
	private final MemberStates states;
	private final AccountManagement accounts;
	private final Clock clock;
	private final StudyGroupCatalogue studyGroupCatalogue;
	private final org.springframework.context.ApplicationEventPublisher events;

	OrganizationDirectory(JdbcClient jdbc, MemberStates states, AccountManagement accounts,
			Clock clock, StudyGroupCatalogue studyGroupCatalogue, org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.studyGroupCatalogue = studyGroupCatalogue;
		this.jdbc = jdbc;
		this.states = states;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** What a new organisation is, as entered. */
	public record NewOrganization(String name, String kind, String country, Integer employees, BigDecimal revenueAmount,
			String revenueCurrency, String website, String description, List<String> sectors, List<String> studyGroups) {
	}

	public Organization create(Actor actor, NewOrganization form) {
		List<Problem.FieldProblem> problems = new ArrayList<>();
		if (form.name() == null || form.name().isBlank()) {
			problems.add(new Problem.FieldProblem("name", "validation.NotBlank"));
		}
		else if (form.name().length() > 300) {
			problems.add(new Problem.FieldProblem("name", "validation.Size", 300, 1));
		}
		Organization.Kind kind = null;
		try {
			kind = form.kind() == null ? null : Organization.Kind.valueOf(form.kind().trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			// reported below
		}
		if (kind == null || kind == Organization.Kind.ADMINISTRATION) {
			problems.add(new Problem.FieldProblem("kind", "validation.kind"));
		}
		String country = form.country() == null ? null : form.country().trim().toUpperCase(Locale.ROOT);
		if (country == null || !states.exists(country)) {
			problems.add(new Problem.FieldProblem("country", "validation.country"));
		}
		if (form.employees() != null && form.employees() < 0) {
			problems.add(new Problem.FieldProblem("employees", "validation.Min", 0));
		}
		if (form.revenueAmount() != null && form.revenueAmount().signum() < 0) {
			problems.add(new Problem.FieldProblem("annualRevenue.amount", "validation.Min", 0));
		}
		String currency = form.revenueCurrency() == null || form.revenueCurrency().isBlank() ? null
				: form.revenueCurrency().trim().toUpperCase(Locale.ROOT);
		if (currency != null && !CURRENCIES.contains(currency)) {
			problems.add(new Problem.FieldProblem("annualRevenue.currency", "validation.currency"));
		}
		if (form.revenueAmount() != null && currency == null) {
			problems.add(new Problem.FieldProblem("annualRevenue.currency", "validation.NotBlank"));
		}
		List<String> sectors = normalizeSectors(form.sectors(), problems);
		List<String> studyGroups = form.studyGroups() == null ? List.of() : form.studyGroups();
		for (String code : studyGroups) {
			if (!studyGroupCatalogue.exists(code)) {
				problems.add(new Problem.FieldProblem("studyGroups", "validation.studyGroup", code));
			}
		}
		if (kind == Organization.Kind.ASSOCIATE && studyGroups.size() != 1) {
			problems.add(new Problem.FieldProblem("studyGroups", "validation.associate.group"));
		}
		String website = blankToNull(form.website());
		if (website != null && (website.length() > 500 || !website.trim().matches("(?i)https?://[^\\s/?#]+\\.[^\\s]*"))) {
			problems.add(new Problem.FieldProblem("website", "validation.website"));
		}
		String description = blankToNull(form.description());
		if (description != null && description.length() > 4000) {
			problems.add(new Problem.FieldProblem("description", "validation.Size", 4000, 0));
		}
		if (!problems.isEmpty()) {
			throw Problem.invalidInput(problems);
		}
		boolean selfService = kind == Organization.Kind.SME || kind == Organization.Kind.ASSOCIATION
				|| kind == Organization.Kind.COMPANY;
		if (!selfService && !actor.isSecretariat()) {
			throw Problem.forbidden("create-organization");
		}
		if (sectors.isEmpty() && (kind == Organization.Kind.SECTOR_MEMBER || kind == Organization.Kind.ACADEMIA)) {
			sectors = List.of("ITU-T", "ITU-D");
		}
		String id = UUID.randomUUID().toString();
		Timestamp now = Timestamp.from(clock.instant());
		var insert = jdbc.sql("""
				INSERT INTO organization (id, name, kind, country, employees, revenue_amount, revenue_currency, website,
				    description, sectors, study_groups, created_at, version)
				VALUES (:id, :name, :kind, :country, :employees, :amount, :currency, :website, :description, :sectors,
				    :groups, :now, 0)""")
			.param("id", id)
			.param("name", form.name().trim())
			.param("kind", kind.name())
			.param("country", country)
			.param("employees", form.employees())
			.param("amount", form.revenueAmount())
			.param("currency", currency)
			.param("website", blankToNull(form.website()))
			.param("description", blankToNull(form.description()))
			.param("sectors", String.join(",", sectors))
			.param("groups", String.join(",", studyGroups))
			.param("now", now);
		try {
			insert.update();
		}
		catch (DuplicateKeyException e) {
			throw Problem.conflict("organization-exists", form.name().trim());
		}
		if (selfService) {
			insertMember(id, actor.accountId(), true);
		}
		events.publishEvent(new OrganizationCreated(id, kind.name(), country, sectors, studyGroups, now.toInstant()));
		return find(id).orElseThrow();
	}

	private static final String SELECT = """
			SELECT id, name, kind, country, employees, revenue_amount, revenue_currency, website, description,
			       sectors, study_groups, created_at
			FROM organization""";

	@Transactional(readOnly = true)
	public Optional<Organization> find(String id) {
		if (id == null) {
			return Optional.empty();
		}
		return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(OrganizationDirectory::map).optional();
	}

	private static Organization map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Organization(rs.getString("id"), rs.getString("name"), Organization.Kind.valueOf(rs.getString("kind")),
				rs.getString("country"), (Integer) rs.getObject("employees"), rs.getBigDecimal("revenue_amount"),
				rs.getString("revenue_currency"), rs.getString("website"), rs.getString("description"),
				split(rs.getString("sectors")), split(rs.getString("study_groups")),
				rs.getTimestamp("created_at").toInstant());
	}

	/** Whether the account may see the organisation's size and revenue: members, DFPs of its country, secretariat. */
	@Transactional(readOnly = true)
	public boolean maySeeFigures(Actor actor, Organization organization) {
		return actor.isSecretariat() || isMember(actor.accountId(), organization.id())
				|| (organization.country() != null && isFocalPointOfState(actor.accountId(), organization.country()));
	}

	@Transactional(readOnly = true)
	public boolean isMember(String accountId, String organizationId) {
		return jdbc.sql("SELECT COUNT(*) FROM organization_member WHERE organization_id = :o AND account_id = :a")
			.param("o", organizationId)
			.param("a", accountId)
			.query(Integer.class)
			.single() > 0;
	}

	@Transactional(readOnly = true)
	public boolean isRepresentative(String accountId, String organizationId) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM organization_member
				WHERE organization_id = :o AND account_id = :a AND representative = TRUE""")
			.param("o", organizationId)
			.param("a", accountId)
			.query(Integer.class)
			.single() > 0;
	}

	/** Whether the account is a current DFP of that Member State's Administration. */
	@Transactional(readOnly = true)
	public boolean isFocalPointOfState(String accountId, String country) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM focal_point f JOIN organization o ON o.id = f.organization_id
				WHERE o.kind = 'ADMINISTRATION' AND o.country = :c AND f.account_id = :a AND f.until IS NULL""")
			.param("c", country)
			.param("a", accountId)
			.query(Integer.class)
			.single() > 0;
	}

	/** Adds a member: by the representative (for an Administration, its DFPs) or the secretariat. */
	public void addMember(Actor actor, String organizationId, String accountId) {
		Organization organization = find(organizationId).orElseThrow(Problem::notFound);
		boolean allowed = actor.isSecretariat() || isRepresentative(actor.accountId(), organizationId)
				|| (organization.kind() == Organization.Kind.ADMINISTRATION
						&& isFocalPointOfState(actor.accountId(), organization.country()));
		if (!allowed) {
			throw Problem.forbidden("add-member", organization.name());
		}
		if (accountId == null || accounts.find(accountId).isEmpty()) {
			throw Problem.invalidField("accountId", "validation.account");
		}
		if (isMember(accountId, organizationId)) {
			throw Problem.conflict("already-member");
		}
		insertMember(organizationId, accountId, false);
	}

	void insertMember(String organizationId, String accountId, boolean representative) {
		jdbc.sql("""
				INSERT INTO organization_member (organization_id, account_id, representative, since)
				VALUES (:o, :a, :r, :now)""")
			.param("o", organizationId)
			.param("a", accountId)
			.param("r", representative)
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	/** The representatives of an organisation, who speak for it and are told of its requests' fate. */
	@Transactional(readOnly = true)
	public List<String> representatives(String organizationId) {
		return jdbc.sql("SELECT account_id FROM organization_member WHERE organization_id = :o AND representative = TRUE")
			.param("o", organizationId)
			.query(String.class)
			.list();
	}

	/** Several organisations at once, by id (one query, for lists). */
	@Transactional(readOnly = true)
	public java.util.Map<String, Organization> findAll(java.util.Collection<String> ids) {
		java.util.Map<String, Organization> found = new java.util.HashMap<>();
		List<String> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
		if (!wanted.isEmpty()) {
			jdbc.sql(SELECT + " WHERE id IN (:ids)")
				.param("ids", wanted)
				.query(OrganizationDirectory::map)
				.list()
				.forEach(o -> found.put(o.id(), o));
		}
		return found;
	}

	/**
	 * Organisations whose name contains {@code q} (ignoring case and accents), of a kind, in a Member
	 * State, by name; each filter optional. An unknown kind or state is invalid input.
	 */
	@Transactional(readOnly = true)
	public org.sgbridge.platform.web.ListResponse<Organization> search(String q, String kind, String country,
			org.sgbridge.platform.web.ListResponse.Paging paging) {
		List<Problem.FieldProblem> problems = new ArrayList<>();
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		java.util.Map<String, Object> params = new java.util.LinkedHashMap<>();
		if (q != null && !q.isBlank()) {
			if (q.length() > 300) {
				problems.add(new Problem.FieldProblem("q", "validation.Size", 300, 1));
			}
			String pattern = NameFolding.fold(q.trim()).replace("!", "!!").replace("%", "!%").replace("_", "!_");
			where.append(" AND name_folded LIKE :q ESCAPE '!'");
			params.put("q", "%" + pattern + "%");
		}
		if (kind != null && !kind.isBlank()) {
			try {
				params.put("kind", Organization.Kind.valueOf(kind.trim().toUpperCase(Locale.ROOT)).name());
				where.append(" AND kind = :kind");
			}
			catch (IllegalArgumentException e) {
				problems.add(new Problem.FieldProblem("kind", "validation.organization-kind"));
			}
		}
		if (country != null && !country.isBlank()) {
			String code = country.trim().toUpperCase(Locale.ROOT);
			if (!states.exists(code)) {
				problems.add(new Problem.FieldProblem("country", "validation.country"));
			}
			where.append(" AND country = :country");
			params.put("country", code);
		}
		if (!problems.isEmpty()) {
			throw Problem.invalidInput(problems);
		}
		long total = jdbc.sql("SELECT COUNT(*) FROM organization" + where).params(params).query(Long.class).single();
		params.put("limit", paging.size());
		params.put("offset", paging.offset());
		List<Organization> items = jdbc.sql(SELECT + where + " ORDER BY name, id LIMIT :limit OFFSET :offset")
			.params(params)
			.query(OrganizationDirectory::map)
			.list();
		return new org.sgbridge.platform.web.ListResponse<>(items, paging.page(), paging.size(), total);
	}

	/**
	 * The organisations a person means by what they typed: the one with that id; else those named
	 * exactly so (ignoring case and accents); else those whose name contains it. At most
	 * {@code limit}, by name; none for a blank text.
	 */
	@Transactional(readOnly = true)
	public List<Organization> lookup(String typed, int limit) {
		if (typed == null || typed.isBlank() || typed.length() > 300) {
			return List.of();
		}
		Optional<Organization> byId = find(typed.trim());
		if (byId.isPresent()) {
			return List.of(byId.get());
		}
		List<Organization> exact = jdbc.sql(SELECT + " WHERE name_folded = :name ORDER BY name, id LIMIT :limit")
			.param("name", NameFolding.fold(typed.trim()))
			.param("limit", limit)
			.query(OrganizationDirectory::map)
			.list();
		if (!exact.isEmpty()) {
			return exact;
		}
		return search(typed.trim(), null, null, new org.sgbridge.platform.web.ListResponse.Paging(0, limit)).items();
	}

	/** The organisations of a kind in a country (a DFP's SMEs). */
	@Transactional(readOnly = true)
	public List<String> idsIn(String country, Organization.Kind kind) {
		return jdbc.sql("SELECT id FROM organization WHERE country = :c AND kind = :k")
			.param("c", country)
			.param("k", kind.name())
			.query(String.class)
			.list();
	}

	/** The organisations of a kind in any of these countries (one query, for several DFP duties). */
	@Transactional(readOnly = true)
	public List<String> idsIn(java.util.Collection<String> countries, Organization.Kind kind) {
		if (countries.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT id FROM organization WHERE country IN (:c) AND kind = :k")
			.param("c", List.copyOf(new java.util.LinkedHashSet<>(countries)))
			.param("k", kind.name())
			.query(String.class)
			.list();
	}

	/** The organisations an account belongs to, of the given kind. */
	@Transactional(readOnly = true)
	/** The ids of the organisations the account is a member of, of any kind. */
	public List<String> organizationsOf(String accountId) {
		return jdbc.sql("SELECT organization_id FROM organization_member WHERE account_id = :a")
			.param("a", accountId)
			.query(String.class)
			.list();
	}

	public List<String> organizationsOf(String accountId, Organization.Kind kind) {
		return jdbc.sql("""
				SELECT o.id FROM organization_member m JOIN organization o ON o.id = m.organization_id
				WHERE m.account_id = :a AND o.kind = :k ORDER BY o.name""")
			.param("a", accountId)
			.param("k", kind.name())
			.query(String.class)
			.list();
	}

	private static List<String> normalizeSectors(List<String> sectors, List<Problem.FieldProblem> problems) {
		if (sectors == null) {
			return List.of();
		}
		List<String> out = new ArrayList<>();
		for (String s : sectors) {
			String code = s == null ? "" : s.trim().toUpperCase(Locale.ROOT);
			if (!code.equals("ITU-T") && !code.equals("ITU-D")) {
				problems.add(new Problem.FieldProblem("sectors", "validation.sector"));
			}
			else if (!out.contains(code)) {
				out.add(code);
			}
		}
		return out;
	}

	static List<String> split(String csv) {
		return csv == null || csv.isBlank() ? List.of() : Arrays.stream(csv.split(",")).map(String::trim).toList();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
