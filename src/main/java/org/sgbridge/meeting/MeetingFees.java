package org.sgbridge.meeting;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Problem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fee of a meeting for pay-as-you-go participants (CHF), set by the secretariat: with a fee, a
 * company that is not a member, or an SME outside the pilot, may register and pay for that meeting alone.
 */
@NamedInterface("api")
@Service
@Transactional
public class MeetingFees {

	private static final BigDecimal LARGEST = new BigDecimal("999999999999.99");

	private final JdbcClient jdbc;
	private final Meetings meetings;
	private final Clock clock;

	MeetingFees(JdbcClient jdbc, Meetings meetings, Clock clock) {
		this.jdbc = jdbc;
		this.meetings = meetings;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<BigDecimal> of(String meetingId) {
		return jdbc.sql("SELECT amount FROM meeting_fee WHERE meeting_id = :m").param("m", meetingId)
			.query(BigDecimal.class).optional();
	}

	/** The fees of these meetings, by meeting (those without one absent): one query. */
	@Transactional(readOnly = true)
	public Map<String, BigDecimal> of(Collection<String> meetingIds) {
		Map<String, BigDecimal> fees = new HashMap<>();
		if (!meetingIds.isEmpty()) {
			jdbc.sql("SELECT meeting_id, amount FROM meeting_fee WHERE meeting_id IN (:ids)")
				.param("ids", List.copyOf(meetingIds))
				.query(rs -> {
					fees.put(rs.getString("meeting_id"), rs.getBigDecimal("amount"));
				});
		}
		return fees;
	}

	/**
	 * The secretariat sets a meeting's fee: 404 for an unknown meeting; 400 naming {@code amount} (above
	 * 0, two decimals at most) and {@code currency} (CHF). A new fee applies to registrations from now on.
	 */
	public BigDecimal set(Actor actor, String meetingId, BigDecimal amount, String currency) {
		if (!actor.isSecretariat()) {
			throw Problem.forbidden("secretariat");
		}
		meetings.find(meetingId).orElseThrow(Problem::notFound);
		List<Problem.FieldProblem> problems = new ArrayList<>();
		if (amount == null) {
			problems.add(new Problem.FieldProblem("amount", "validation.NotNull"));
		}
		else if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2 || amount.compareTo(LARGEST) > 0) {
			problems.add(new Problem.FieldProblem("amount", "validation.amount"));
		}
		if (currency == null || !"CHF".equals(currency.trim().toUpperCase(java.util.Locale.ROOT))) {
			problems.add(new Problem.FieldProblem("currency", "validation.currency.chf"));
		}
		if (!problems.isEmpty()) {
			throw Problem.invalidInput(problems);
		}
		int updated = jdbc.sql("UPDATE meeting_fee SET amount = :a, set_at = :at, set_by = :by WHERE meeting_id = :m")
			.param("a", amount).param("at", Timestamp.from(clock.instant())).param("by", actor.accountId())
			.param("m", meetingId).update();
		if (updated == 0) {
			jdbc.sql("""
					INSERT INTO meeting_fee (meeting_id, amount, currency, set_at, set_by) VALUES (:m, :a, 'CHF', :at, :by)""")
				.param("m", meetingId).param("a", amount).param("at", Timestamp.from(clock.instant()))
				.param("by", actor.accountId()).update();
		}
		return amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
	}
}
