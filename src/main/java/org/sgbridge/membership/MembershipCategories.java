package org.sgbridge.membership;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Problem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The categories of membership, one per sector, each with its yearly fee (in CHF; for a Sector
 * Member, one contributory unit) and its employee threshold as last set by the secretariat. Setting
 * them appends to their history, so that the values of any earlier day stay known.
 */
@org.springframework.modulith.NamedInterface("api")
@Service
@Transactional
public class MembershipCategories implements org.sgbridge.pilot.SmeCategoryTerms {

	static final String CURRENCY = "CHF";
	private static final BigDecimal LARGEST = new BigDecimal("999999999999.99");

	private final JdbcClient jdbc;
	private final Clock clock;

	MembershipCategories(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A category in a sector, with its current fee and threshold ({@code null} while none is set). */
	public record Category(String code, String sector, BigDecimal annualFee, Integer maxEmployees) {
	}

	/** Every category of every sector, by sector then in the order of the categories: one query. */
	@Transactional(readOnly = true)
	public List<Category> all() {
		return jdbc.sql("""
				SELECT c.code, c.sector, f.annual_fee, f.max_employees
				FROM membership_category c
				LEFT JOIN membership_current_fee_v f ON f.code = c.code AND f.sector = c.sector
				ORDER BY c.sector DESC, CASE c.code WHEN 'SECTOR_MEMBER' THEN 1 WHEN 'ASSOCIATE' THEN 2
				    WHEN 'ACADEMIA' THEN 3 ELSE 4 END""")
			.query((rs, n) -> new Category(rs.getString("code"), rs.getString("sector"), rs.getBigDecimal("annual_fee"),
					(Integer) rs.getObject("max_employees", Integer.class)))
			.list();
	}

	/** The SME category's current fee and threshold by sector, for what the pilot offers when it ends. */
	@Override
	@Transactional(readOnly = true)
	public java.util.Map<String, Terms> smeCategory() {
		java.util.Map<String, Terms> terms = new java.util.LinkedHashMap<>();
		all().stream().filter(c -> "SME".equals(c.code())).forEach(c -> terms.put(c.sector(), new Terms(c.annualFee(), c.maxEmployees())));
		return terms;
	}

	/** The values of a category over time, oldest first. */
	@Transactional(readOnly = true)
	public List<Category> history(String code, String sector) {
		return jdbc.sql("""
				SELECT code, sector, annual_fee, max_employees FROM membership_fee
				WHERE code = :code AND sector = :sector ORDER BY id""")
			.param("code", code).param("sector", sector)
			.query((rs, n) -> new Category(rs.getString("code"), rs.getString("sector"), rs.getBigDecimal("annual_fee"),
					(Integer) rs.getObject("max_employees", Integer.class)))
			.list();
	}

	/**
	 * The secretariat sets a category's fee and threshold in a sector: 400 naming the field for a
	 * missing sector, an amount not above 0 or with more than two decimals, another currency than
	 * CHF, a threshold below 1; 404 for a category unknown in that sector. The earlier values stay.
	 */
	public Category set(Actor actor, String code, String sector, BigDecimal annualFee, String currency,
			Integer maxEmployees) {
		if (!actor.isSecretariat()) {
			throw Problem.forbidden("secretariat");
		}
		List<Problem.FieldProblem> problems = new ArrayList<>();
		if (sector == null || sector.isBlank()) {
			problems.add(new Problem.FieldProblem("sector", "validation.NotBlank"));
		}
		if (annualFee == null) {
			problems.add(new Problem.FieldProblem("annualFee.amount", "validation.NotNull"));
		}
		else if (annualFee.signum() <= 0 || annualFee.stripTrailingZeros().scale() > 2 || annualFee.compareTo(LARGEST) > 0) {
			problems.add(new Problem.FieldProblem("annualFee.amount", "validation.amount"));
		}
		if (currency == null || !currency.trim().equalsIgnoreCase(CURRENCY)) {
			problems.add(new Problem.FieldProblem("annualFee.currency", "validation.currency.membership"));
		}
		if (maxEmployees != null && maxEmployees < 1) {
			problems.add(new Problem.FieldProblem("maxEmployees", "validation.Min", 1));
		}
		if (!problems.isEmpty()) {
			throw Problem.invalidInput(problems);
		}
		String theCode = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
		String theSector = sector.trim().toUpperCase(Locale.ROOT);
		boolean known = jdbc.sql("SELECT COUNT(*) FROM membership_category WHERE code = :code AND sector = :sector")
			.param("code", theCode).param("sector", theSector).query(Long.class).single() > 0;
		if (!known) {
			throw Problem.notFound();
		}
		jdbc.sql("""
				INSERT INTO membership_fee (code, sector, annual_fee, currency, max_employees, effective_at, set_by)
				VALUES (:code, :sector, :fee, :currency, :max, :at, :by)""")
			.param("code", theCode).param("sector", theSector).param("fee", annualFee).param("currency", CURRENCY)
			.param("max", maxEmployees).param("at", Timestamp.from(clock.instant())).param("by", actor.accountId())
			.update();
		return new Category(theCode, theSector, annualFee, maxEmployees);
	}
}
