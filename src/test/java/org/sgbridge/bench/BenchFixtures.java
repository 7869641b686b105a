package org.sgbridge.bench;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sgbridge.account.AccountManagement;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.TestAccounts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What the benchmark needs beside the generated data: real ids picked from it (a meeting with many
 * registrations, one with many contributions, a participant of it, a Member State with many
 * admission requests ...), the people who read (the secretariat, that state's DFP, the participant
 * with a known password), and the registration rush's participants and meetings. The rush's
 * participants are delegates of that state's Administration ({@code bench-p<n>}, API token
 * {@code bench-token-<n>}), written in bulk as the generator writes its accounts.
 */
final class BenchFixtures {

	static final String SECRETARIAT = "bench.secretariat@bench.example";
	static final String DFP = "bench.dfp@bench.example";

	/** The ids picked from the generated data. */
	record Picks(String bigMeeting, long bigMeetingRegistrations, String documentsMeeting, long documents,
			String contribution, String participantId, String participantEmail, String participantOrganization,
			String registration, String verificationCode, String state, long stateRequests, String administration,
			String admissionRequest, String studyGroup, String invoice) {
	}

	private final JdbcTemplate jdbc;
	private final AccountManagement accounts;
	private final PasswordEncoder passwords;

	BenchFixtures(JdbcTemplate jdbc, AccountManagement accounts, PasswordEncoder passwords) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.passwords = passwords;
	}

	static String token(int participant) {
		return "bench-token-" + participant;
	}

	static String participantId(int participant) {
		return "bench-p" + participant;
	}

	Picks pick() {
		Map<String, Object> big = jdbc.queryForMap("SELECT meeting_id, count(*) AS n FROM registration GROUP BY meeting_id "
				+ "ORDER BY count(*) DESC, meeting_id LIMIT 1");
		Map<String, Object> docs = jdbc.queryForMap("SELECT meeting_id, count(*) AS n FROM contribution GROUP BY meeting_id "
				+ "ORDER BY count(*) DESC, meeting_id LIMIT 1");
		String documentsMeeting = (String) docs.get("meeting_id");
		String contribution = jdbc.queryForObject("SELECT id FROM contribution WHERE meeting_id = ? ORDER BY number LIMIT 1",
				String.class, documentsMeeting);
		// A participant of that meeting who represents an SME, with the most registrations (a busy person's pages).
		List<Map<String, Object>> people = jdbc.queryForList("""
				SELECT r.account_id, a.email, om.organization_id,
				  (SELECT count(*) FROM registration x WHERE x.account_id = r.account_id) AS n
				FROM registration r
				JOIN account a ON a.id = r.account_id
				JOIN organization_member om ON om.account_id = r.account_id AND om.representative = TRUE
				JOIN organization o ON o.id = om.organization_id AND o.kind = 'SME'
				WHERE r.meeting_id = ? AND r.status = 'VALIDATED'
				ORDER BY n DESC, r.account_id LIMIT 1""", documentsMeeting);
		if (people.isEmpty()) {
			people = jdbc.queryForList("""
					SELECT r.account_id, a.email, r.organization_id FROM registration r JOIN account a ON a.id = r.account_id
					WHERE r.meeting_id = ? AND r.status = 'VALIDATED' ORDER BY r.account_id LIMIT 1""", documentsMeeting);
		}
		Map<String, Object> person = people.get(0);
		String participant = (String) person.get("account_id");
		Map<String, Object> registration = jdbc.queryForMap("""
				SELECT id, verification_code FROM registration WHERE account_id = ? AND status = 'VALIDATED'
				ORDER BY CASE WHEN mode = 'IN_PERSON' THEN 0 ELSE 1 END, CASE WHEN meeting_id = ? THEN 0 ELSE 1 END, id LIMIT 1""",
				participant, documentsMeeting);
		Map<String, Object> state = jdbc.queryForMap("SELECT country, count(*) AS n FROM admission_request GROUP BY country "
				+ "ORDER BY count(*) DESC, country LIMIT 1");
		String code = (String) state.get("country");
		String administration = jdbc.queryForObject("SELECT id FROM organization WHERE country = ? AND kind = 'ADMINISTRATION'",
				String.class, code);
		String request = jdbc.queryForObject("""
				SELECT id FROM admission_request WHERE country = ?
				ORDER BY CASE WHEN status = 'SUBMITTED' THEN 0 ELSE 1 END, submitted_at DESC, id LIMIT 1""", String.class, code);
		String group = jdbc.queryForObject("SELECT study_group FROM meeting WHERE id = ?", String.class, big.get("meeting_id"));
		// An overdue membership invoice (its interest to date is computed on reading).
		String invoice = jdbc.queryForObject("SELECT MIN(id) FROM invoice WHERE status = 'OPEN' AND due_on < CURRENT_DATE",
				String.class);
		return new Picks((String) big.get("meeting_id"), ((Number) big.get("n")).longValue(), documentsMeeting,
				((Number) docs.get("n")).longValue(), contribution, participant, (String) person.get("email"),
				(String) person.get("organization_id"), (String) registration.get("id"),
				(String) registration.get("verification_code"), code, ((Number) state.get("n")).longValue(), administration,
				request, group, invoice);
	}

	/** The secretariat's and the DFP's accounts, the DFP designated for the state; the participant given the known password. */
	void readers(Picks picks, Api local) {
		accounts.createActive(SECRETARIAT, TestAccounts.PASSWORD, "Benchmark Secretariat", Set.of("SECRETARIAT"), "en");
		String dfp = accounts.createActive(DFP, TestAccounts.PASSWORD, "Benchmark Focal Point", Set.of(), "en").id();
		String staff = new TestAccounts(accounts, local).token(SECRETARIAT, TestAccounts.PASSWORD);
		Api.Response designated = local.bearer(staff).put("/api/v1/member-states/" + picks.state() + "/focal-points",
				Map.of("accountIds", List.of(dfp)));
		if (designated.status() != 200) {
			throw new IllegalStateException("designating the DFP: " + designated);
		}
		jdbc.update("UPDATE account SET password_hash = ? WHERE id = ?", passwords.encode(TestAccounts.PASSWORD),
				picks.participantId());
	}

	/** {@code count} delegates of the Administration, each with its API token. */
	void participants(int count, String administration) {
		String hash = passwords.encode(TestAccounts.PASSWORD);
		Instant now = Instant.now();
		List<Object[]> people = new ArrayList<>();
		List<Object[]> members = new ArrayList<>();
		List<Object[]> tokens = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			people.add(new Object[] { participantId(i), participantId(i) + "@bench.example", "Bench participant " + i, hash,
					Timestamp.from(now) });
			members.add(new Object[] { administration, participantId(i), false, Timestamp.from(now) });
			tokens.add(new Object[] { "bench-t" + i, sha256(token(i)), participantId(i), Timestamp.from(now),
					Timestamp.from(now.plus(7, ChronoUnit.DAYS)) });
		}
		jdbc.batchUpdate("INSERT INTO account (id, email, name, password_hash, locale, status, roles, created_at, version) "
				+ "VALUES (?,?,?,?,'en','ACTIVE','',?,0)", people);
		jdbc.batchUpdate("INSERT INTO organization_member (organization_id, account_id, representative, since) VALUES (?,?,?,?)",
				members);
		jdbc.batchUpdate("INSERT INTO api_token (id, token_hash, account_id, created_at, expires_at) VALUES (?,?,?,?,?)", tokens);
	}

	/** {@code count} meetings open for registration now, each with room for everyone in person. */
	List<String> meetings(Api staff, int count, int capacity, String title) {
		LocalDate today = LocalDate.now();
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Map<String, Object> body = new HashMap<>(Map.of("studyGroup", "ITU-T-SG20", "kind", "STUDY_GROUP", "title",
					title + " " + (i + 1), "startDate", today.plusDays(60 + i).toString(), "endDate",
					today.plusDays(64 + i).toString(), "city", "Geneva", "country", "CH", "registrationOpens", today.toString(),
					"registrationCloses", today.plusDays(50).toString()));
			body.put("remoteParticipation", true);
			body.put("capacity", capacity);
			Api.Response created = staff.post("/api/v1/meetings", body);
			if (created.status() != 201) {
				throw new IllegalStateException("creating a meeting: " + created);
			}
			ids.add(created.json().path("id").asString());
		}
		return ids;
	}

	static String sha256(String value) {
		try {
			byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
				.digest(value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(digest);
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
