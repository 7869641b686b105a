package org.sgbridge.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.sgbridge.report.PilotBenefits;
import org.sgbridge.report.PilotCounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Fills a database with ten years of ITU-wide activity for benchmarks: at scale 1, 50,000
 * organisations, 200,000 accounts, 1,000,000 registrations, 100,000 contributions and 20,000
 * admission requests with their history. Started with {@code --sgbridge.generate=<scale>}.
 * Unlike the demo, it writes in bulk with batched SQL (going through the services would take
 * hours); the rows are the same the services write, histories included.
 */
@Component
@Order(20)
public class ScaleData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ScaleData.class);
	private static final int BATCH = 5_000;
	private static final String[] GROUPS = { "ITU-T-SG5", "ITU-T-SG11", "ITU-T-SG16", "ITU-T-SG20", "ITU-D-SG1", "ITU-D-SG2" };
	private static final String[] ALL_GROUPS = { "ITU-T-SG2", "ITU-T-SG3", "ITU-T-SG5", "ITU-T-SG9", "ITU-T-SG11", "ITU-T-SG12",
			"ITU-T-SG13", "ITU-T-SG15", "ITU-T-SG16", "ITU-T-SG17", "ITU-T-SG20", "ITU-D-SG1", "ITU-D-SG2" };

	private final JdbcTemplate jdbc;
	private final PasswordEncoder passwords;
	private final double scale;
	private final PilotCounts counts;
	private final PilotBenefits benefits;

	ScaleData(JdbcTemplate jdbc, PasswordEncoder passwords, @Value("${sgbridge.generate:0}") double scale, PilotCounts counts,
			PilotBenefits benefits) {
		this.jdbc = jdbc;
		this.counts = counts;
		this.benefits = benefits;
		this.passwords = passwords;
		this.scale = scale;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (scale > 0) {
			generate(scale, "gen" + System.currentTimeMillis());
		}
	}

	/** Adds one batch of generated activity of the given scale; {@code prefix} keeps its keys apart from earlier ones. */
	public void generate(double scale, String prefix) {
		long start = System.nanoTime();
		Random random = new Random(42);
		List<String> countries = jdbc.queryForList("SELECT code FROM member_state ORDER BY code", String.class);
		String hash = passwords.encode(UUID.randomUUID().toString());
		String codePrefix = Integer.toString(Math.abs(prefix.hashCode()) % 1_000_000, 36);
		int orgs = (int) (50_000 * scale);
		int accounts = (int) (200_000 * scale);
		int requests = (int) (20_000 * scale);
		int meetings = Math.max(10, (int) (2_000 * scale));
		int registrations = (int) (1_000_000 * scale);
		int contributions = (int) (100_000 * scale);
		Instant tenYearsAgo = LocalDate.of(2016, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
		long span = ChronoUnit.SECONDS.between(tenYearsAgo, LocalDate.of(2026, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant());

		String[] orgIds = new String[orgs];
		String[] orgCountry = new String[orgs];
		String[] kinds = { "SME", "SME", "SME", "SME", "SECTOR_MEMBER", "SECTOR_MEMBER", "ACADEMIA", "ASSOCIATE", "ASSOCIATION" };
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < orgs; i++) {
			orgIds[i] = prefix + "-o" + i;
			orgCountry[i] = countries.get(random.nextInt(countries.size()));
			String kind = kinds[i % kinds.length];
			rows.add(new Object[] { orgIds[i], "Generated organisation " + prefix + " " + i, kind, orgCountry[i],
					kind.equals("SME") ? 5 + random.nextInt(250) : null, Timestamp.from(tenYearsAgo), "ITU-T,ITU-D",
					kind.equals("ASSOCIATE") ? ALL_GROUPS[random.nextInt(ALL_GROUPS.length)] : "" });
		}
		batch("INSERT INTO organization (id, name, kind, country, employees, created_at, version, sectors, study_groups) "
				+ "VALUES (?,?,?,?,?,?,0,?,?)", rows);

		String[] accountIds = new String[accounts];
		for (int i = 0; i < accounts; i++) {
			accountIds[i] = prefix + "-a" + i;
			rows.add(new Object[] { accountIds[i], prefix + ".person" + i + "@generated.example", "Person " + i, hash,
					Timestamp.from(tenYearsAgo) });
			if (rows.size() == BATCH) {
				flushAccounts(rows);
			}
		}
		flushAccounts(rows);
		for (int i = 0; i < accounts; i++) {
			int org = i % Math.max(orgs, 1);
			rows.add(new Object[] { orgIds[org], accountIds[i], i < orgs, Timestamp.from(tenYearsAgo) });
			if (rows.size() == BATCH) {
				batch("INSERT INTO organization_member (organization_id, account_id, representative, since) VALUES (?,?,?,?)", rows);
			}
		}
		batch("INSERT INTO organization_member (organization_id, account_id, representative, since) VALUES (?,?,?,?)", rows);

		// Admission requests of SMEs, each with its history (submitted, then mostly decided).
		List<Object[]> groups = new ArrayList<>();
		List<Object[]> history = new ArrayList<>();
		String[] outcomes = { "APPROVED", "APPROVED", "APPROVED", "REJECTED", "WITHDRAWN", "SUBMITTED" };
		for (int i = 0; i < requests; i++) {
			int org = (i * kinds.length) % Math.max(orgs - kinds.length, 1);
			String id = prefix + "-r" + i;
			Instant submitted = tenYearsAgo.plusSeconds((long) (random.nextDouble() * span));
			String outcome = outcomes[random.nextInt(outcomes.length)];
			Instant decided = submitted.plus(5 + random.nextInt(60), ChronoUnit.DAYS);
			rows.add(new Object[] { id, orgIds[org], orgCountry[org], outcome, Timestamp.from(submitted), accountIds[org % accounts],
					outcome.equals("SUBMITTED") ? null : Timestamp.from(decided) });
			String group = GROUPS[random.nextInt(GROUPS.length)];
			groups.add(new Object[] { id, group, group.substring(0, 5) });
			history.add(new Object[] { id, "SUBMITTED", Timestamp.from(submitted) });
			if (!outcome.equals("SUBMITTED")) {
				history.add(new Object[] { id, outcome, Timestamp.from(decided) });
			}
			if (rows.size() == BATCH) {
				flushRequests(rows, groups, history);
			}
		}
		flushRequests(rows, groups, history);

		// Meetings over ten years, and registrations with their history.
		String[] meetingIds = new String[meetings];
		String[] meetingGroup = new String[meetings];
		for (int i = 0; i < meetings; i++) {
			meetingIds[i] = prefix + "-m" + i;
			meetingGroup[i] = ALL_GROUPS[random.nextInt(ALL_GROUPS.length)];
			LocalDate day = LocalDate.of(2016, 1, 1).plusDays(random.nextInt(3650));
			rows.add(new Object[] { meetingIds[i], meetingGroup[i], meetingGroup[i].substring(0, 5), "Generated meeting " + i,
					day, day.plusDays(4), day.minusDays(90), day.minusDays(7), Timestamp.from(tenYearsAgo) });
		}
		batch("INSERT INTO meeting (id, study_group, sector, kind, title, start_date, end_date, city, country, remote_participation, "
				+ "registration_opens, registration_closes, created_at) VALUES (?,?,?,'STUDY_GROUP',?,?,?,'Geneva','CH',TRUE,?,?,?)", rows);
		for (int i = 0; i < registrations; i++) {
			String id = prefix + "-g" + i;
			int account = random.nextInt(accounts);
			Instant at = tenYearsAgo.plusSeconds((long) (random.nextDouble() * span));
			rows.add(new Object[] { id, meetingIds[random.nextInt(meetings)], accountIds[account], orgIds[account % orgs],
					random.nextBoolean() ? "REMOTE" : "IN_PERSON", "VALIDATED", codePrefix + "-" + Integer.toString(i, 36), Timestamp.from(at) });
			history.add(new Object[] { id, "VALIDATED", "REMOTE", Timestamp.from(at) });
			if (rows.size() == BATCH) {
				flushRegistrations(rows, history);
			}
		}
		flushRegistrations(rows, history);

		// Contributions, each with its source.
		List<Object[]> sources = new ArrayList<>();
		for (int i = 0; i < contributions; i++) {
			String id = prefix + "-c" + i;
			int m = random.nextInt(meetings);
			int account = random.nextInt(accounts);
			rows.add(new Object[] { id, meetingIds[m], meetingGroup[m], prefix + "-C-" + i, "Generated contribution " + i,
					accountIds[account], Timestamp.from(tenYearsAgo.plusSeconds((long) (random.nextDouble() * span))) });
			sources.add(new Object[] { id, orgIds[account % orgs] });
			if (rows.size() == BATCH) {
				flushContributions(rows, sources);
			}
		}
		flushContributions(rows, sources);

		memberships(prefix, random, accountIds.length > 0 ? accountIds[0] : null);
		interestAndCriteria(prefix, random, countries, (int) (10_000 * scale), tenYearsAgo, span);
		// Written in bulk, the history bypassed the events that keep the reports' counts: recount them.
		counts.rebuild();
		benefits.rebuild();
		log.warn("Generated scale {} ({}) in {} s", scale, prefix, (System.nanoTime() - start) / 1_000_000_000);
	}

	/**
	 * The memberships of the generated Sector Members, Associates and Academia, as their creation makes
	 * them (V31_1's rule), with a class of 1/2, 1 or 2 units for Sector Members; the fees the demo uses
	 * when none is set; and two years of membership invoices numbered without gaps after those already
	 * issued: for 2026 (issued on 1 September 2025, due 31 March 2026) mostly paid through a bank file,
	 * one in ten still open (its membership suspended since 1 October 2026) and a few payments the
	 * bank's file could not match; for 2027 (issued on 1 September 2026) all open.
	 */
	private void memberships(String prefix, Random random, String importer) {
		if (importer == null) {
			return;
		}
		Timestamp feesFrom = Timestamp.from(LocalDate.of(2019, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant());
		if (jdbc.queryForObject("SELECT COUNT(*) FROM membership_fee", Integer.class) == 0) {
			Object[][] fees = { { "SECTOR_MEMBER", "ITU-T", "31800", null }, { "SECTOR_MEMBER", "ITU-D", "7950", null },
					{ "ASSOCIATE", "ITU-T", "10600", null }, { "ASSOCIATE", "ITU-D", "2650", null },
					{ "ACADEMIA", "ITU-T", "3975", null }, { "ACADEMIA", "ITU-D", "1987.50", null },
					{ "SME", "ITU-T", "2650", 250 }, { "SME", "ITU-D", "1325", 250 } };
			for (Object[] f : fees) {
				jdbc.update("INSERT INTO membership_fee (code, sector, annual_fee, currency, max_employees, effective_at) "
						+ "VALUES (?,?,?,'CHF',?,?)", f[0], f[1], new java.math.BigDecimal((String) f[2]), f[3], feesFrom);
			}
		}
		String like = prefix + "-o%";
		for (String[] sector : new String[][] { { "ITU-T", "T" }, { "ITU-D", "D" } }) {
			jdbc.update("""
					INSERT INTO membership (id, organization_id, sector, category, contributory_units, status, started_on,
					    created_at, version)
					SELECT CONCAT('m-', o.id, '-%2$s'), o.id, '%1$s', o.kind,
					       CASE WHEN o.kind = 'SECTOR_MEMBER' THEN CASE MOD(LENGTH(o.id) + ASCII(RIGHT(o.id, 1)), 4)
					            WHEN 0 THEN 0.5 WHEN 1 THEN 2 ELSE 1 END END,
					       'ACTIVE', CAST(o.created_at AS DATE), o.created_at, 0
					FROM organization o
					WHERE o.id LIKE ? AND ((o.kind IN ('SECTOR_MEMBER', 'ACADEMIA') AND o.sectors LIKE '%%%1$s%%')
					   OR (o.kind = 'ASSOCIATE' AND o.study_groups LIKE '%1$s-%%'))""".formatted(sector[0], sector[1]), like);
		}
		jdbc.update("INSERT INTO membership_history (membership_id, status, effective_on, reason, changed_at) "
				+ "SELECT id, 'ACTIVE', started_on, 'created', created_at FROM membership WHERE organization_id LIKE ?", like);
		List<Object[]> due = jdbc.query("""
				SELECT m.id, m.organization_id, m.category, m.sector,
				       CASE WHEN m.contributory_units IS NULL THEN f.annual_fee ELSE f.annual_fee * m.contributory_units END AS fee
				FROM membership m
				JOIN membership_current_fee_v f ON f.code = m.category AND f.sector = m.sector
				WHERE m.organization_id LIKE ? ORDER BY m.organization_id, m.sector""",
				(rs, n) -> new Object[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getBigDecimal(5).setScale(2, java.math.RoundingMode.HALF_UP) },
				like);
		String importId = prefix + "-pi";
		jdbc.update("INSERT INTO payment_import (id, file_name, sha256, message, entries, matched, already_imported, unmatched, "
				+ "imported_at, imported_by) VALUES (?, 'camt054-generated.xml', ?, 'camt.054', 0, 0, 0, 0, ?, ?)", importId,
				String.format("%064d", Math.abs((long) prefix.hashCode())),
				Timestamp.from(LocalDate.of(2026, 4, 30).atStartOfDay(ZoneOffset.UTC).toInstant()), importer);
		List<Object[]> invoices = new ArrayList<>();
		List<Object[]> payments = new ArrayList<>();
		List<String> late = new ArrayList<>();
		List<Object[]> history = new ArrayList<>();
		int matched = 0;
		int unmatched = 0;
		for (int year : new int[] { 2026, 2027 }) {
			int issueYear = year - 1;
			LocalDate issued = LocalDate.of(issueYear, 9, 1);
			LocalDate dueOn = LocalDate.of(year, 3, 31);
			jdbc.update("INSERT INTO invoice_counter (series, issue_year, last_number) SELECT 'IN', ?, 0 "
					+ "WHERE NOT EXISTS (SELECT 1 FROM invoice_counter WHERE series = 'IN' AND issue_year = ?)", issueYear, issueYear);
			int seq = jdbc.queryForObject("SELECT last_number FROM invoice_counter WHERE series = 'IN' AND issue_year = ?",
					Integer.class, issueYear);
			for (Object[] m : due) {
				seq++;
				String id = prefix + "-i" + year + "-" + seq;
				java.math.BigDecimal fee = (java.math.BigDecimal) m[4];
				boolean paid = year == 2026 && random.nextInt(10) != 0;
				LocalDate paidOn = paid ? LocalDate.of(2026, 1, 15).plusDays(random.nextInt(100)) : null;
				String reference = net.codecrete.qrbill.generator.Payments.createQRReference(String.format("%04d%06d", issueYear, seq));
				invoices.add(new Object[] { id, String.format("%04d-%06d", issueYear, seq), issueYear, seq, m[1], m[0],
						"Membership fee " + year + ": " + ((String) m[2]).replace('_', ' ').toLowerCase(java.util.Locale.ROOT) + ", " + m[3],
						fee, paid ? "PAID" : "OPEN", reference, java.sql.Date.valueOf(issued), java.sql.Date.valueOf(dueOn),
						paid ? fee : null, paid ? java.sql.Date.valueOf(paidOn) : null,
						Timestamp.from(issued.atStartOfDay(ZoneOffset.UTC).toInstant()) });
				if (paid) {
					matched++;
					payments.add(new Object[] { prefix + "-p" + seq, importId, prefix + "-bank-" + seq, fee, reference,
							"Generated organisation", java.sql.Date.valueOf(paidOn), "BOOKED", null, id });
				}
				else if (year == 2026) {
					late.add((String) m[0]);
					if (random.nextInt(20) == 0) {
						// paid short: the bank's file could not match it
						unmatched++;
						payments.add(new Object[] { prefix + "-p" + seq, importId, prefix + "-bank-" + seq,
								fee.subtract(java.math.BigDecimal.TEN), reference, "Generated organisation",
								java.sql.Date.valueOf(LocalDate.of(2026, 4, 20)), "UNMATCHED", "AMOUNT_DIFFERS", null });
					}
				}
				if (invoices.size() == BATCH) {
					flushInvoices(invoices, payments);
				}
			}
			flushInvoices(invoices, payments);
			jdbc.update("UPDATE invoice_counter SET last_number = ? WHERE series = 'IN' AND issue_year = ?", seq, issueYear);
		}
		jdbc.update("UPDATE payment_import SET entries = ?, matched = ?, unmatched = ? WHERE id = ?", matched + unmatched, matched,
				unmatched, importId);
		// Six months after the due date, the unpaid ones are suspended (as the daily job does).
		Timestamp suspendedAt = Timestamp.from(LocalDate.of(2026, 10, 1).atStartOfDay(ZoneOffset.UTC).toInstant());
		List<Object[]> suspended = new ArrayList<>();
		for (String membership : late) {
			suspended.add(new Object[] { membership });
			history.add(new Object[] { membership, new java.sql.Date(suspendedAt.getTime()), suspendedAt });
		}
		batch("UPDATE membership SET status = 'SUSPENDED', version = version + 1 WHERE id = ?", suspended);
		batch("INSERT INTO membership_history (membership_id, status, effective_on, reason, changed_at) "
				+ "VALUES (?, 'SUSPENDED', ?, 'arrears', ?)", history);
	}

	private void flushInvoices(List<Object[]> invoices, List<Object[]> payments) {
		batch("INSERT INTO invoice (id, number, issue_year, seq, organization_id, purpose, subject_id, description, amount, "
				+ "currency, status, reference, issued_on, due_on, paid_amount, paid_on, issued_at) "
				+ "VALUES (?,?,?,?,?,'MEMBERSHIP',?,?,?,'CHF',?,?,?,?,?,?,?)", invoices);
		batch("INSERT INTO payment (id, import_id, bank_reference, amount, currency, reference, debtor_name, booked_on, status, "
				+ "reason, invoice_id) VALUES (?,?,?,?,'CHF',?,?,?,?,?,?)", payments);
	}

	/**
	 * Expressions of interest over ten years (each for one or two pilot groups, one in five since
	 * invited to apply), and each Member State's national SME criteria, set once to three times.
	 */
	private void interestAndCriteria(String prefix, Random random, List<String> countries, int interests, Instant from,
			long span) {
		List<Object[]> rows = new ArrayList<>();
		List<Object[]> groups = new ArrayList<>();
		for (int i = 0; i < interests; i++) {
			String id = prefix + "-e" + i;
			Instant at = from.plusSeconds((long) (random.nextDouble() * span));
			rows.add(new Object[] { id, "Interested company " + prefix + " " + i, countries.get(random.nextInt(countries.size())),
					prefix + ".interest" + i + "@generated.example", Timestamp.from(at),
					random.nextInt(5) == 0 ? Timestamp.from(at.plus(3 + random.nextInt(30), ChronoUnit.DAYS)) : null });
			String first = GROUPS[random.nextInt(GROUPS.length)];
			groups.add(new Object[] { id, first, first.substring(0, 5) });
			String second = GROUPS[random.nextInt(GROUPS.length)];
			if (random.nextBoolean() && !second.equals(first)) {
				groups.add(new Object[] { id, second, second.substring(0, 5) });
			}
			if (rows.size() == BATCH) {
				flushInterest(rows, groups);
			}
		}
		flushInterest(rows, groups);
		for (String country : countries) {
			int times = 1 + random.nextInt(3);
			for (int t = 0; t < times; t++) {
				rows.add(new Object[] { country, 50 + 50 * random.nextInt(5), new java.math.BigDecimal(10_000_000L * (1 + random.nextInt(10))),
						"USD", "Generated criteria " + (t + 1), Timestamp.from(from.plusSeconds((long) (span * (t + random.nextDouble()) / times))) });
			}
		}
		batch("INSERT INTO sme_criteria (country, max_employees, max_revenue_amount, max_revenue_currency, note, set_at) "
				+ "VALUES (?,?,?,?,?,?)", rows);
	}

	private void flushInterest(List<Object[]> rows, List<Object[]> groups) {
		batch("INSERT INTO expression_of_interest (id, organization_name, country, email, created_at, invited_at) "
				+ "VALUES (?,?,?,?,?,?)", rows);
		batch("INSERT INTO expression_of_interest_group (interest_id, study_group, sector) VALUES (?,?,?)", groups);
	}

	private void flushAccounts(List<Object[]> rows) {
		batch("INSERT INTO account (id, email, name, password_hash, locale, status, roles, created_at, version) "
				+ "VALUES (?,?,?,?,'en','ACTIVE','',?,0)", rows);
	}

	private void flushRequests(List<Object[]> rows, List<Object[]> groups, List<Object[]> history) {
		batch("INSERT INTO admission_request (id, organization_id, country, status, submitted_at, submitted_by, decided_at, version) "
				+ "VALUES (?,?,?,?,?,?,?,0)", rows);
		batch("INSERT INTO admission_request_group (request_id, study_group, sector) VALUES (?,?,?)", groups);
		batch("INSERT INTO admission_history (request_id, status, effective_at) VALUES (?,?,?)", history);
	}

	private void flushRegistrations(List<Object[]> rows, List<Object[]> history) {
		batch("INSERT INTO registration (id, meeting_id, account_id, organization_id, mode, status, verification_code, created_at, "
				+ "visa_support, version) VALUES (?,?,?,?,?,?,?,?,FALSE,0)", rows);
		batch("INSERT INTO registration_history (registration_id, status, mode, effective_at) VALUES (?,?,?,?)", history);
	}

	private void flushContributions(List<Object[]> rows, List<Object[]> sources) {
		batch("INSERT INTO contribution (id, meeting_id, study_group, number, title, status, revision, submitted_by, submitted_at) "
				+ "VALUES (?,?,?,?,?,'SUBMITTED',0,?,?)", rows);
		batch("INSERT INTO contribution_source (contribution_id, organization_id) VALUES (?,?)", sources);
	}

	private void batch(String sql, List<Object[]> rows) {
		if (!rows.isEmpty()) {
			jdbc.batchUpdate(sql, rows);
			rows.clear();
		}
	}
}
