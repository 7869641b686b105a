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
		// Written in bulk, the history bypassed the events that keep the reports' counts: recount them.
		counts.rebuild();
		benefits.rebuild();
		log.warn("Generated scale {} ({}) in {} s", scale, prefix, (System.nanoTime() - start) / 1_000_000_000);
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
