package org.sgbridge.directory;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Problem;
import org.springframework.modulith.NamedInterface;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each Administration's own definition of an SME (maximum employees, maximum annual revenue in a
 * currency, a note of the national definition), set by its DFPs or the secretariat. Every version
 * is kept; the latest is in force.
 */
@NamedInterface("api")
@Service
@Transactional
public class NationalSmeCriteria {

	private final JdbcClient jdbc;
	private final FocalPoints focalPoints;
	private final MemberStates states;
	private final Clock clock;

	NationalSmeCriteria(JdbcClient jdbc, FocalPoints focalPoints, MemberStates states, Clock clock) {
		this.jdbc = jdbc;
		this.focalPoints = focalPoints;
		this.states = states;
		this.clock = clock;
	}

	/** A version of a state's criteria. */
	public record Criteria(String country, Integer maxEmployees, BigDecimal maxRevenueAmount, String maxRevenueCurrency,
			String note, Instant setAt, String setBy) {
	}

	public Criteria set(Actor actor, String country, Integer maxEmployees, BigDecimal maxRevenueAmount,
			String maxRevenueCurrency, String note) {
		String code = country == null ? "" : country.toUpperCase(Locale.ROOT);
		if (!states.exists(code)) {
			throw Problem.notFound();
		}
		if (!actor.isSecretariat() && !focalPoints.ofState(code).contains(actor.accountId())) {
			throw Problem.forbidden("criteria");
		}
		List<Problem.FieldProblem> problems = new ArrayList<>();
		if (maxEmployees != null && maxEmployees < 1) {
			problems.add(new Problem.FieldProblem("maxEmployees", "validation.Min", 1));
		}
		if (maxRevenueAmount != null && maxRevenueAmount.compareTo(BigDecimal.ONE) < 0) {
			problems.add(new Problem.FieldProblem("maxAnnualRevenue.amount", "validation.Min", 1));
		}
		String currency = maxRevenueCurrency == null || maxRevenueCurrency.isBlank() ? null
				: maxRevenueCurrency.trim().toUpperCase(Locale.ROOT);
		if (maxEmployees == null && maxRevenueAmount == null) {
			// Criteria with no limit would make every request "cannot be compared": say what is missing.
			problems.add(new Problem.FieldProblem("maxEmployees", "validation.oneLimit"));
		}
		if (maxRevenueAmount == null && currency != null) {
			problems.add(new Problem.FieldProblem("maxAnnualRevenue.amount", "validation.NotNull"));
		}
		if (maxRevenueAmount != null && (currency == null || !currency.matches("[A-Z]{3}"))) {
			problems.add(new Problem.FieldProblem("maxAnnualRevenue.currency", "validation.currency"));
		}
		if (note != null && note.length() > 4000) {
			problems.add(new Problem.FieldProblem("note", "validation.Size", 4000, 0));
		}
		if (!problems.isEmpty()) {
			throw Problem.invalidInput(problems);
		}
		Instant now = clock.instant();
		jdbc.sql("""
				INSERT INTO sme_criteria (country, max_employees, max_revenue_amount, max_revenue_currency, note, set_at, set_by)
				VALUES (:c, :e, :a, :cur, :note, :now, :by)""")
			.param("c", code)
			.param("e", maxEmployees)
			.param("a", maxRevenueAmount)
			.param("cur", maxRevenueAmount == null ? null : currency)
			.param("note", note)
			.param("now", Timestamp.from(now))
			.param("by", actor.accountId())
			.update();
		return current(code).orElseThrow();
	}

	@Transactional(readOnly = true)
	public Optional<Criteria> current(String country) {
		return history(country).stream().findFirst();
	}

	/** The criteria in force in each of these states that has some, in one query (for a list of requests). */
	@Transactional(readOnly = true)
	public java.util.Map<String, Criteria> currentOf(java.util.Collection<String> countries) {
		java.util.Map<String, Criteria> current = new java.util.HashMap<>();
		if (countries.isEmpty()) {
			return current;
		}
		jdbc.sql("""
				SELECT country, max_employees, max_revenue_amount, max_revenue_currency, note, set_at, set_by
				FROM sme_criteria WHERE country IN (:c) ORDER BY set_at DESC, id DESC""")
			.param("c", countries.stream().map(c -> c.toUpperCase(Locale.ROOT)).distinct().toList())
			.query((rs, n) -> current.putIfAbsent(rs.getString(1), new Criteria(rs.getString(1), (Integer) rs.getObject(2),
					rs.getBigDecimal(3), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7))))
			.list();
		return current;
	}

	/** Every version, newest first. */
	@Transactional(readOnly = true)
	public List<Criteria> history(String country) {
		return jdbc.sql("""
				SELECT country, max_employees, max_revenue_amount, max_revenue_currency, note, set_at, set_by
				FROM sme_criteria WHERE country = :c ORDER BY set_at DESC, id DESC""")
			.param("c", country == null ? "" : country.toUpperCase(Locale.ROOT))
			.query((rs, n) -> new Criteria(rs.getString(1), (Integer) rs.getObject(2), rs.getBigDecimal(3),
					rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7)))
			.list();
	}
}
