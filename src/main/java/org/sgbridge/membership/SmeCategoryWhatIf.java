package org.sgbridge.membership;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Problem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the PP-18 report weighed (its §4): a category for SMEs with a reduced yearly fee and an
 * employee threshold. For a proposed threshold and fee, the Sector Members and Associates with at
 * most that many employees whose yearly fee is above the proposed one (each of their memberships
 * weighed in its sector, at its category's current fee, a Sector Member's times its class), the
 * yearly income lost if they moved to it, and the approved pilot SMEs and interested companies
 * within the threshold. Aggregated in SQL from the memberships, the directory's and the pilot's
 * published views; members whose size is not known are counted apart, never guessed.
 */
@Service
@Transactional(readOnly = true)
public class SmeCategoryWhatIf {

	/** The thresholds of the chart: from 10 to 500 employees, every 10. */
	public static final int CHART_FROM = 10;
	public static final int CHART_TO = 500;
	public static final int CHART_STEP = 10;
	/** The threshold the PP-18 report used as its illustration (which it attributed to the EU, whose own is fewer than 250). */
	public static final int REPORT_THRESHOLD = 300;

	private static final BigDecimal LARGEST = new BigDecimal("999999999999.99");

	/**
	 * Each current (not ended) membership of a Sector Member or an Associate with its yearly fee in its
	 * sector; memberships of a category whose fee is not set yet have none and are left out.
	 */
	private static final String FEES = """
			SELECT o.id AS organization_id, o.name, o.country, o.employees, m.category, m.sector,
			       CASE WHEN m.contributory_units IS NULL THEN f.annual_fee ELSE f.annual_fee * m.contributory_units END AS fee
			FROM membership m
			JOIN directory_organization_v o ON o.id = m.organization_id
			JOIN membership_current_fee_v f ON f.code = m.category AND f.sector = m.sector
			WHERE m.category IN ('SECTOR_MEMBER', 'ASSOCIATE') AND m.status <> 'ENDED'""";

	private final JdbcClient jdbc;

	SmeCategoryWhatIf(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A member that would pay less in the proposed category: its current yearly fee (all its sectors) and the difference. */
	public record Qualifier(String organizationId, String name, String country, String category, int employees,
			BigDecimal currentFee, BigDecimal lost) {
	}

	/** The income lost at one threshold, and how many members it is. */
	public record Point(int maxEmployees, long qualifyingMembers, BigDecimal incomeLost) {
	}

	/**
	 * The what-if at a threshold and fee: the qualifying members (counted and listed, largest loss
	 * first), the yearly income lost, the pilot SMEs and interested companies within the threshold,
	 * and what is not counted for want of a size.
	 */
	public record Outcome(int maxEmployees, BigDecimal annualFee, long qualifyingMembers, BigDecimal incomeLost,
			long pilotSmesEligible, long pilotSmesWithoutSize, long interestedCompaniesEligible,
			long interestedWithoutSize, long membersWithoutSize, List<Qualifier> members) {
	}

	/** The secretariat's question; 400 naming the field for a missing or wrong threshold or fee. */
	public Outcome weigh(Actor actor, Integer maxEmployees, BigDecimal annualFee, String currency) {
		requireSecretariat(actor);
		validate(maxEmployees, annualFee, currency);
		Map<String, Object> p = Map.of("max", maxEmployees, "fee", annualFee);
		List<Qualifier> members = jdbc.sql("""
				SELECT organization_id, MIN(name) AS name, MIN(country) AS country, MIN(category) AS category,
				       MIN(employees) AS employees, SUM(fee) AS current_fee,
				       SUM(CASE WHEN fee > :fee THEN fee - :fee ELSE 0 END) AS lost
				FROM (""" + FEES + """
				) x
				WHERE employees IS NOT NULL AND employees <= :max
				GROUP BY organization_id
				HAVING SUM(CASE WHEN fee > :fee THEN 1 ELSE 0 END) > 0
				ORDER BY lost DESC, name""")
			.params(p)
			.query((rs, n) -> new Qualifier(rs.getString("organization_id"), rs.getString("name"), rs.getString("country"),
					rs.getString("category"), rs.getInt("employees"), money(rs.getBigDecimal("current_fee")),
					money(rs.getBigDecimal("lost"))))
			.list();
		BigDecimal lost = members.stream().map(Qualifier::lost).reduce(BigDecimal.ZERO, BigDecimal::add);
		long withoutSize = jdbc.sql("SELECT COUNT(DISTINCT organization_id) FROM (" + FEES + ") x WHERE employees IS NULL")
			.query(Long.class).single();
		Map<String, Object> pilot = jdbc.sql("""
				SELECT COUNT(DISTINCT CASE WHEN o.employees <= :max THEN o.id END) AS eligible,
				       COUNT(DISTINCT CASE WHEN o.employees IS NULL THEN o.id END) AS unsized
				FROM pilot_admission_history_v h
				JOIN directory_organization_v o ON o.id = h.organization_id
				WHERE h.status = 'APPROVED'
				  AND NOT EXISTS (SELECT 1 FROM pilot_admission_history_v l WHERE l.request_id = h.request_id AND l.seq > h.seq)""")
			.param("max", maxEmployees).query().singleRow();
		Map<String, Object> interested = jdbc.sql("""
				SELECT COUNT(DISTINCT CASE WHEN o.employees <= :max THEN o.id END) AS eligible,
				       COUNT(DISTINCT CASE WHEN o.id IS NULL OR o.employees IS NULL THEN i.interest_id END) AS unsized
				FROM pilot_interest_group_v i
				LEFT JOIN directory_organization_v o ON o.id = i.organization_id""")
			.param("max", maxEmployees).query().singleRow();
		return new Outcome(maxEmployees, money(annualFee), members.size(), money(lost), count(pilot.get("eligible")),
				count(pilot.get("unsized")), count(interested.get("eligible")), count(interested.get("unsized")), withoutSize,
				members);
	}

	/**
	 * The income lost against the threshold, from {@link #CHART_FROM} to {@link #CHART_TO} employees,
	 * at the proposed fee: summed in SQL by size, accumulated here over the thresholds.
	 */
	public List<Point> curve(Actor actor, BigDecimal annualFee, String currency) {
		requireSecretariat(actor);
		validate(CHART_FROM, annualFee, currency);
		TreeMap<Integer, long[]> counts = new TreeMap<>();
		TreeMap<Integer, BigDecimal> losses = new TreeMap<>();
		jdbc.sql("""
				SELECT employees, COUNT(DISTINCT organization_id) AS members, SUM(fee - :fee) AS lost
				FROM (""" + FEES + """
				) x
				WHERE fee > :fee AND employees IS NOT NULL AND employees <= :to
				GROUP BY employees""")
			.param("fee", annualFee).param("to", CHART_TO)
			.query(rs -> {
				counts.put(rs.getInt("employees"), new long[] { rs.getLong("members") });
				losses.put(rs.getInt("employees"), rs.getBigDecimal("lost"));
			});
		List<Point> points = new ArrayList<>();
		for (int t = CHART_FROM; t <= CHART_TO; t += CHART_STEP) {
			long members = counts.headMap(t, true).values().stream().mapToLong(c -> c[0]).sum();
			BigDecimal lost = losses.headMap(t, true).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
			points.add(new Point(t, members, money(lost)));
		}
		return points;
	}

	private static void requireSecretariat(Actor actor) {
		if (!actor.isSecretariat()) {
			throw Problem.forbidden("secretariat");
		}
	}

	private static void validate(Integer maxEmployees, BigDecimal annualFee, String currency) {
		List<Problem.FieldProblem> problems = new ArrayList<>();
		if (maxEmployees == null) {
			problems.add(new Problem.FieldProblem("maxEmployees", "validation.NotNull"));
		}
		else if (maxEmployees < 1 || maxEmployees > 1_000_000) {
			problems.add(new Problem.FieldProblem("maxEmployees", "validation.Range", 1, 1_000_000));
		}
		if (annualFee == null) {
			problems.add(new Problem.FieldProblem("annualFee", "validation.NotNull"));
		}
		else if (annualFee.signum() <= 0 || annualFee.stripTrailingZeros().scale() > 2 || annualFee.compareTo(LARGEST) > 0) {
			problems.add(new Problem.FieldProblem("annualFee", "validation.amount"));
		}
		if (currency != null && !currency.trim().equalsIgnoreCase(MembershipCategories.CURRENCY)) {
			problems.add(new Problem.FieldProblem("currency", "validation.currency.membership"));
		}
		if (!problems.isEmpty()) {
			throw Problem.invalidInput(problems);
		}
	}

	private static BigDecimal money(BigDecimal value) {
		return (value == null ? BigDecimal.ZERO : value).setScale(2, java.math.RoundingMode.HALF_UP);
	}

	private static long count(Object value) {
		return value == null ? 0 : ((Number) value).longValue();
	}
}
