package org.sgbridge.membership;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.sgbridge.meeting.MembershipStanding;
import org.sgbridge.platform.Act;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Dates;
import org.sgbridge.platform.Problem;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Yearly membership invoicing as ITU does it: the invoices of a year go out from 1 September and by
 * 15 September of the year before, payable by 31 March; renewal is automatic (every current
 * membership is invoiced each year). A membership is suspended from the day after an unpaid
 * invoice's due date plus six months (1 October for 31 March) and restored the day the payment is
 * booked: entitlements change only when a payment is received, never on the invoice alone. Answers
 * registration's question of who is suspended ({@link MembershipStanding}).
 */
@org.springframework.modulith.NamedInterface("api")
@Service
@Transactional
public class MembershipInvoicing implements MembershipStanding {

	/** Invoices of the next year are issued from this day, and by 15 September. */
	static final MonthDay ISSUE_FROM = MonthDay.of(9, 1);
	/** The day of the year an invoice is due. */
	static final MonthDay DUE = MonthDay.of(3, 31);
	/** Unpaid this long after its due date, an invoice suspends its membership (from the next day). */
	static final int MONTHS_OF_GRACE = 6;

	private final JdbcClient jdbc;
	private final Invoices invoices;
	private final MembershipRegister register;
	private final Clock clock;

	MembershipInvoicing(JdbcClient jdbc, Invoices invoices, MembershipRegister register, Clock clock) {
		this.register = register;
		this.jdbc = jdbc;
		this.invoices = invoices;
		this.clock = clock;
	}

	/**
	 * The secretariat issues the invoices of a year now (the daily job does so from 1 September): one
	 * per current membership that has none for that year yet, for its category's fee (a Sector Member's
	 * class times the unit), due on 31 March of that year. Memberships whose category has no fee yet are
	 * left out and counted. 400 naming {@code year} outside this year and the next.
	 */
	public Issued issueYear(Actor actor, int year) {
		if (!actor.isSecretariat()) {
			throw Problem.forbidden("secretariat");
		}
		int now = Dates.today(clock).getYear();
		if (year < now || year > now + 1) {
			throw Problem.invalidField("year", "validation.Range", now, now + 1);
		}
		return issue(year, Act.ofStaff(actor, clock));
	}

	/** What a yearly run would do: memberships to invoice, their total in CHF, and those without a fee. */
	public record Preview(int year, int toInvoice, BigDecimal total, int withoutFee) {
	}

	/** What {@link #issueYear} would issue now, without issuing anything (for the confirmation). */
	@Transactional(readOnly = true)
	public Preview preview(Actor actor, int year) {
		if (!actor.isSecretariat()) {
			throw Problem.forbidden("secretariat");
		}
		List<Due> due = due(year, Dates.today(clock));
		BigDecimal total = due.stream().map(Due::fee).filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
		int withoutFee = (int) due.stream().filter(d -> d.fee() == null).count();
		return new Preview(year, due.size() - withoutFee, total.setScale(2, java.math.RoundingMode.HALF_UP), withoutFee);
	}

	/** A membership to invoice for a year, with its fee (null while its category has none). */
	record Due(String membershipId, String organizationId, String category, String sector, BigDecimal fee) {
	}

	/** The current memberships without an invoice for that year yet (two queries). */
	private List<Due> due(int year, LocalDate today) {
		LocalDate due = DUE.atYear(year).isBefore(today) ? today : DUE.atYear(year);
		Set<String> invoiced = new HashSet<>(jdbc.sql("""
				SELECT subject_id FROM invoice WHERE purpose = 'MEMBERSHIP' AND status <> 'CANCELLED'
				  AND due_on BETWEEN :first AND :last""")
			.param("first", LocalDate.of(year, 1, 1)).param("last", LocalDate.of(year, 12, 31)).query(String.class).list());
		return jdbc.sql("""
				SELECT m.id, m.organization_id, m.category, m.sector,
				       CASE WHEN m.contributory_units IS NULL THEN f.annual_fee ELSE f.annual_fee * m.contributory_units END AS fee
				FROM membership m
				LEFT JOIN membership_current_fee_v f ON f.code = m.category AND f.sector = m.sector
				WHERE m.status <> 'ENDED' AND (m.ends_on IS NULL OR m.ends_on > :due) AND m.started_on <= :due
				ORDER BY m.organization_id, m.sector""")
			.param("due", due)
			.query((rs, n) -> new Due(rs.getString("id"), rs.getString("organization_id"), rs.getString("category"),
					rs.getString("sector"), rs.getBigDecimal("fee")))
			.list()
			.stream().filter(d -> !invoiced.contains(d.membershipId())).toList();
	}

	/** What a yearly run did: invoices issued, and memberships left out for want of a fee. */
	public record Issued(int year, int issued, int withoutFee) {
	}

	Issued issue(int year, Act act) {
		// issued late in the year it is for (a secretariat's run after 31 March), an invoice is due at once
		LocalDate today = LocalDate.ofInstant(act.at(), java.time.ZoneOffset.UTC);
		LocalDate due = DUE.atYear(year).isBefore(today) ? today : DUE.atYear(year);
		int issued = 0;
		int withoutFee = 0;
		for (Due m : due(year, today)) {
			if (m.fee() == null) {
				withoutFee++;
				continue;
			}
			invoices.issue(m.organizationId(), Invoice.Purpose.MEMBERSHIP, m.membershipId(),
					"Membership fee " + year + ": " + m.category().replace('_', ' ').toLowerCase(java.util.Locale.ROOT) + ", "
							+ m.sector(),
					m.fee().setScale(2, java.math.RoundingMode.HALF_UP), due, act);
			issued++;
		}
		return new Issued(year, issued, withoutFee);
	}

	/**
	 * Suspends, as of today, the memberships with an invoice still open more than six months after its
	 * due date; answers how many.
	 */
	public int suspendInArrears() {
		LocalDate today = Dates.today(clock);
		List<String> late = jdbc.sql("""
				SELECT DISTINCT m.id FROM membership m JOIN invoice i ON i.subject_id = m.id
				WHERE i.purpose = 'MEMBERSHIP' AND i.status = 'OPEN' AND i.due_on < :limit AND m.status = 'ACTIVE'""")
			.param("limit", today.minusMonths(MONTHS_OF_GRACE))
			.query(String.class).list();
		for (String id : late) {
			status(id, Membership.Status.SUSPENDED, today, "arrears", null);
		}
		return late.size();
	}

	/** A membership's invoice is paid: restored the day the payment is booked, if nothing else keeps it suspended. */
	@EventListener
	void on(InvoicePaid paid) {
		if (paid.purpose() != Invoice.Purpose.MEMBERSHIP) {
			return;
		}
		LocalDate today = Dates.today(clock);
		long stillLate = jdbc.sql("""
				SELECT COUNT(*) FROM invoice WHERE purpose = 'MEMBERSHIP' AND subject_id = :m AND status = 'OPEN'
				  AND due_on < :limit""")
			.param("m", paid.subjectId()).param("limit", today.minusMonths(MONTHS_OF_GRACE)).query(Long.class).single();
		String status = jdbc.sql("SELECT status FROM membership WHERE id = :m").param("m", paid.subjectId())
			.query(String.class).optional().orElse(null);
		if (stillLate == 0 && Membership.Status.SUSPENDED.name().equals(status)) {
			status(paid.subjectId(), Membership.Status.ACTIVE, today, "payment", paid.act().actorId());
		}
	}

	private void status(String membershipId, Membership.Status status, LocalDate on, String reason, String by) {
		register.status(membershipId, status, on, reason, by);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Set<String>> endedSectors(Collection<String> organizationIds) {
		Map<String, Set<String>> ended = new HashMap<>();
		if (!organizationIds.isEmpty()) {
			jdbc.sql("SELECT organization_id, sector FROM membership WHERE status = 'ENDED' AND organization_id IN (:ids)")
				.param("ids", List.copyOf(organizationIds))
				.query(rs -> {
					ended.computeIfAbsent(rs.getString("organization_id"), k -> new HashSet<>()).add(rs.getString("sector"));
				});
		}
		return ended;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Set<String>> suspendedSectors(Collection<String> organizationIds) {
		Map<String, Set<String>> suspended = new HashMap<>();
		if (organizationIds.isEmpty()) {
			return suspended;
		}
		jdbc.sql("SELECT organization_id, sector FROM membership WHERE status = 'SUSPENDED' AND organization_id IN (:ids)")
			.param("ids", List.copyOf(organizationIds))
			.query(rs -> {
				suspended.computeIfAbsent(rs.getString("organization_id"), k -> new HashSet<>()).add(rs.getString("sector"));
			});
		return suspended;
	}

	/** Ends, as of today, the memberships whose notice of cancellation has taken effect; answers how many. */
	public int endNoticed() {
		LocalDate today = Dates.today(clock);
		List<String> ending = jdbc.sql("SELECT id FROM membership WHERE status <> 'ENDED' AND ends_on IS NOT NULL AND ends_on <= :today")
			.param("today", today).query(String.class).list();
		for (String id : ending) {
			status(id, Membership.Status.ENDED, today, "notice", null);
		}
		return ending.size();
	}

	/** The yearly interest rate on arrears (percent) as last set, zero while none is. */
	@Transactional(readOnly = true)
	public BigDecimal arrearsRate() {
		return jdbc.sql("SELECT arrears_interest_percent FROM membership_terms ORDER BY id DESC LIMIT 1").query(BigDecimal.class)
			.optional().orElse(BigDecimal.ZERO);
	}

	/** The secretariat sets the interest rate on arrears (0 to 100 percent, two decimals); the earlier ones stay. */
	public BigDecimal setArrearsRate(Actor actor, BigDecimal percent) {
		if (!actor.isSecretariat()) {
			throw Problem.forbidden("secretariat");
		}
		if (percent == null || percent.signum() < 0 || percent.compareTo(new BigDecimal("100")) > 0
				|| percent.stripTrailingZeros().scale() > 2) {
			throw Problem.invalidField("arrearsRate", "validation.percent");
		}
		jdbc.sql("INSERT INTO membership_terms (arrears_interest_percent, effective_at, set_by) VALUES (:p, :at, :by)")
			.param("p", percent).param("at", Timestamp.from(clock.instant())).param("by", actor.accountId()).update();
		return percent;
	}

	/** Interest on an overdue amount from the day after its due date to {@code day}, at the yearly rate, to the centime. */
	public static BigDecimal interest(BigDecimal amount, LocalDate dueOn, LocalDate day, BigDecimal yearlyPercent) {
		long days = Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(dueOn, day));
		return amount.multiply(yearlyPercent).multiply(BigDecimal.valueOf(days))
			.divide(BigDecimal.valueOf(36_500), 2, java.math.RoundingMode.HALF_UP);
	}

	/** Daily: from 1 September, the next year's invoices; then the memberships in arrears are suspended. */
	@Scheduled(cron = "${sgbridge.membership.invoicing-cron:0 30 1 * * *}", zone = "UTC")
	@SchedulerLock(name = "membership-invoicing", lockAtMostFor = "PT30M")
	void daily() {
		LocalDate today = Dates.today(clock);
		if (!MonthDay.from(today).isBefore(ISSUE_FROM)) {
			issue(today.getYear() + 1, Act.system(clock));
		}
		suspendInArrears();
		endNoticed();
	}
}
