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

	/** The current (not ended) memberships of Sector Members and Associates, with the fee in force of their category. */
	private static final String MEMBERSHIPS = " membership m"
			+ " JOIN membership_current_fee_v f ON f.code = m.category AND f.sector = m.sector"
			+ " WHERE m.category IN ('SECTOR_MEMBER', 'ASSOCIATE') AND m.status <> 'ENDED'";

	/**
	 * Each such membership with its organisation and its yearly fee in its sector; memberships of a category
	 * whose fee is not set yet have none and are left out.
	 */
	private static final String FEES = """
			SELECT o.id AS organization_id, o.name, o.country, o.employees, m.category, m.sector,
			       CASE WHEN m.contributory_units IS NULL THEN f.annual_fee ELSE f.annual_fee * m.contributory_units END AS fee
			FROM directory_organization_v o, """ + MEMBERSHIPS + " AND m.organization_id = o.id";

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
	 * what is not counted for want of a size, and the curve of the income lost by threshold.
	 */
	public record Outcome(int maxEmployees, BigDecimal annualFee, long qualifyingMembers, BigDecimal incomeLost,
			long pilotSmesEligible, long pilotSmesWithoutSize, long interestedCompaniesEligible,
			long interestedWithoutSize, long membersWithoutSize, List<Qualifier> members, List<Point> curve) {
	}

	/**
	 * The secretariat's question; 400 naming the field for a missing or wrong threshold or fee. One
	 * statement gives the qualifying members (each member's fees and loss summed over its memberships),
	 * the count of members without a size and the curve (the loss summed by size, accumulated here over
	 * the thresholds from {@link #CHART_FROM} to {@link #CHART_TO}); a second the pilot's SMEs and the
	 * interested companies.
	 */
	public Outcome weigh(Actor actor, Integer maxEmployees, BigDecimal annualFee, String currency) {
		requireSecretariat(actor);
		validate(maxEmployees, annualFee, currency);
		List<Qualifier> members = new ArrayList<>();
		long[] withoutSize = { 0 };
		TreeMap<Integer, Long> counts = new TreeMap<>();
		TreeMap<Integer, BigDecimal> losses = new TreeMap<>();
		jdbc.sql("""
				WITH member AS (
				    SELECT organization_id, MIN(name) AS name, MIN(country) AS country, MIN(category) AS category,
				           MIN(employees) AS employees, SUM(fee) AS current_fee,
				           SUM(CASE WHEN fee > :fee THEN fee - :fee ELSE 0 END) AS lost
				    FROM (""" + FEES + """
				    ) x
				    WHERE employees <= :upTo
				    GROUP BY organization_id)
				SELECT 'Q' AS kind, organization_id, name, country, category, employees, current_fee, lost
				FROM member WHERE employees <= :max AND lost > 0
				UNION ALL
				SELECT 'U', NULL, NULL, NULL, NULL, NULL, COUNT(*), NULL
				FROM directory_organization_v o
				WHERE o.employees IS NULL AND EXISTS (SELECT 1 FROM """ + MEMBERSHIPS + """
				     AND m.organization_id = o.id)
				UNION ALL
				SELECT 'C', NULL, NULL, NULL, NULL, employees, COUNT(*), SUM(lost)
				FROM member WHERE employees <= :to AND lost > 0 GROUP BY employees
				ORDER BY kind, lost DESC, name""")
			.param("fee", annualFee).param("max", maxEmployees).param("to", CHART_TO)
			.param("upTo", Math.max(maxEmployees, CHART_TO))
			.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
				switch (rs.getString("kind")) {
					case "Q" -> members.add(new Qualifier(rs.getString("organization_id"), rs.getString("name"),
							rs.getString("country"), rs.getString("category"), rs.getInt("employees"),
							money(rs.getBigDecimal("current_fee")), money(rs.getBigDecimal("lost"))));
					case "U" -> withoutSize[0] = rs.getLong("current_fee");
					default -> {
						counts.put(rs.getInt("employees"), rs.getLong("current_fee"));
						losses.put(rs.getInt("employees"), rs.getBigDecimal("lost"));
					}
				}
			});
		BigDecimal lost = members.stream().map(Qualifier::lost).reduce(BigDecimal.ZERO, BigDecimal::add);
		List<Point> curve = new ArrayList<>();
		for (int t = CHART_FROM; t <= CHART_TO; t += CHART_STEP) {
			long within = counts.headMap(t, true).values().stream().mapToLong(Long::longValue).sum();
			BigDecimal lostWithin = losses.headMap(t, true).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
			curve.add(new Point(t, within, money(lostWithin)));
		}
		Map<String, Object> others = jdbc.sql("""
				SELECT p.eligible AS pilot_eligible, p.unsized AS pilot_unsized,
				       i.eligible AS interested_eligible, i.unsized AS interested_unsized
				FROM (SELECT COUNT(DISTINCT CASE WHEN o.employees <= :max THEN o.id END) AS eligible,
				             COUNT(DISTINCT CASE WHEN o.employees IS NULL THEN o.id END) AS unsized
				      FROM pilot_admission_v a JOIN directory_organization_v o ON o.id = a.organization_id
				      WHERE a.status = 'APPROVED') p
				CROSS JOIN (SELECT COUNT(DISTINCT CASE WHEN o.employees <= :max THEN o.id END) AS eligible,
				                   COUNT(DISTINCT CASE WHEN o.id IS NULL OR o.employees IS NULL THEN i.interest_id END) AS unsized
				            FROM pilot_interest_group_v i LEFT JOIN directory_organization_v o ON o.id = i.organization_id) i""")
			.param("max", maxEmployees).query().singleRow();
		return new Outcome(maxEmployees, money(annualFee), members.size(), money(lost), count(others.get("pilot_eligible")),
				count(others.get("pilot_unsized")), count(others.get("interested_eligible")),
				count(others.get("interested_unsized")), withoutSize[0], List.copyOf(members), List.copyOf(curve));
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
