package org.sgbridge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sgbridge.SgBridgeApplication;
import org.sgbridge.account.AccountManagement;
import org.sgbridge.demo.ScaleData;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.PageClient;
import org.sgbridge.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The site on ten ITU years of generated data, on PostgreSQL (run with {@code ./mvnw -Pperf verify},
 * scale with {@code -Dsgbridge.bench.scale=}, default 1): start-up time and resident memory of the
 * application launched as its own JVM; the registration rush at saturation (50 and 200 clients)
 * and under an open workload (100 a second from 200 users), beside pgbench running the
 * registration's own SQL; and every page and API read, p50/p95/p99. Writes
 * {@code target/benchmark.md} and prints it. It asserts only that everything it timed answered
 * as it should (a failed row fails it, after the report is written).
 *
 * <p>This JVM generates the data and prepares the fixtures through the application's own beans,
 * and records the SQL of one registration; the application under load is the separate process.
 */
@SpringBootTest(classes = SgBridgeApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(SqlRecorder.Config.class)
class SiteBenchmark {

	static final String DATABASE = "sgbridge_perf";
	static final String URL = "jdbc:postgresql://127.0.0.1:5432/" + DATABASE;

	@LocalServerPort
	int port;

	@Autowired
	ScaleData generator;

	@Autowired
	AccountManagement accounts;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SqlRecorder recorder;

	@BeforeAll
	static void freshDatabase() throws Exception {
		try (var connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
				var statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
			statement.execute("CREATE DATABASE " + DATABASE);
		}
	}

	private static double number(String name, double fallback) {
		return Double.parseDouble(System.getProperty("sgbridge.bench." + name, Double.toString(fallback)));
	}

	/** {@code -Dsgbridge.bench.launch=}: {@code production} (the default), {@code jar}, or {@code classpath}. */
	private static AppProcess.Launch launchMode() {
		String launch = System.getProperty("sgbridge.bench.launch", "production");
		return launch.equals("production") ? AppProcess.Launch.PRODUCTION : AppProcess.Launch.JAR;
	}

	private static int integer(String name, int fallback) {
		return (int) number(name, fallback);
	}

	/** One connection of the benchmark's own, kept open: the server's connections are shared and may run out. */
	private java.sql.Connection monitor;

	@Test
	void measuresTheSite() throws Exception {
		try (java.sql.Connection connection = DriverManager.getConnection(URL, "postgres", "")) {
			monitor = connection;
			measure();
		}
	}

	private void measure() throws Exception {
		double scale = number("scale", 1);
		int pool = integer("participants", 2000);
		int meetingCount = integer("meetings", 60);
		int warmup = integer("warmup", 5);
		int samples = integer("samples", 30);
		int rowSeconds = integer("rowSeconds", 20);
		int rushWarmup = integer("rushWarmupSeconds", 10);
		int saturation = integer("saturationSeconds", 20);
		int openSeconds = integer("openSeconds", 30);
		int openRate = integer("openRate", 100);
		int openUsers = integer("openUsers", 200);
		int pgbenchSeconds = integer("pgbenchSeconds", 20);
		String jvm = System.getProperty("sgbridge.bench.jvmArgs", "").trim();
		Path target = Files.createDirectories(Path.of("target"));
		String started = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
		String loadBefore = loadAverage();

		// The data, and the ids and people the reads need.
		long t0 = System.nanoTime();
		generator.generate(scale, "s");
		long generation = (System.nanoTime() - t0) / 1_000_000_000;
		// What autovacuum would do minutes after a bulk load: statistics for the planner and the visibility map
		// that lets counts be read from indexes alone.
		jdbc.execute("VACUUM ANALYZE");
		BenchFixtures fixtures = new BenchFixtures(jdbc, accounts, passwords);
		BenchFixtures.Picks picks = fixtures.pick();
		Api local = new Api(port);
		fixtures.readers(picks, local);
		// The rush's participants: the pool that the load and pgbench draw from, then those who fill the
		// pgbench meeting (half the pool), then the two whose registrations are recorded.
		int fillers = pool / 2;
		int recorded = pool + fillers;
		fixtures.participants(recorded + 2, picks.administration());
		Api staff = local.bearer(new TestAccounts(accounts, local).token(BenchFixtures.SECRETARIAT, TestAccounts.PASSWORD));
		List<String> meetings = fixtures.meetings(staff, meetingCount, pool + 100, "Benchmark meeting");
		String pgbenchMeeting = fixtures.meetings(staff, 1, 2 * pool, "Benchmark meeting for pgbench").get(0);

		// The registration's SQL, recorded here on a meeting half full, as an average meeting of the rush is.
		new RegistrationLoad("http://localhost:" + port, picks.administration(), List.of(pgbenchMeeting), fillers, pool)
			.closed("fill", 4, 600);
		// Tokens are noted as used at most once a minute: in a rush, most requests find theirs noted already.
		jdbc.update("UPDATE api_token SET last_used_at = ? WHERE id LIKE 'bench-t%'", java.sql.Timestamp.from(java.time.Instant.now()));
		register(local, recorded, pgbenchMeeting, picks.administration());
		awaitListeners(Duration.ofSeconds(30));
		recorder.start();
		register(local, recorded + 1, pgbenchMeeting, picks.administration());
		awaitListeners(Duration.ofSeconds(30));
		// What runs after the commit (the mail's delivery) is recorded too: until nothing more comes for half a second.
		int[] seen = { -1 };
		org.awaitility.Awaitility.await("the registration's last statements").atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(500)).until(() -> {
				int now = recorder.size();
				boolean still = now == seen[0];
				seen[0] = now;
				return still;
			});
		List<SqlRecorder.Event> sql = recorder.stop();
		PgBench.Script script = PgBench.script(sql, recorded + 1, BenchFixtures.sha256(BenchFixtures.token(recorded + 1)),
				jdbc.queryForObject("SELECT last_seq FROM audit_chain WHERE id = 1", Long.class));
		Files.writeString(target.resolve("benchmark-registration.pgbench.sql"), script.text());
		PgBench.Run check = PgBench.run(script.text(), target, DATABASE, pool, 1, 1, 2);
		// pgbench runs now, before the application is launched: the values the application read inside the
		// registration (the audit chain's next number) still hold, and pgbench has the machine to itself.
		List<PgBench.Run> pgbench = pgbench(script, check, target, pool, pgbenchSeconds);

		// The application as its own process: start-up, the rush, the reads.
		List<RegistrationLoad.Result> runs = new ArrayList<>();
		List<String> drains = new ArrayList<>();
		List<ReadRows.Measured> reads;
		long[] afterStart;
		long[] afterRush;
		long[] afterReads;
		double cpu;
		List<String> options = jvm.isEmpty() ? List.of() : Arrays.asList(jvm.split("\\s+"));
		// Start-up as `java -jar`, then the run itself launched as the README recommends for production.
		long[] plainStart;
		double plainCpu;
		String plainLaunch;
		// Mail goes out over SMTP, to a GreenMail server in this JVM, as it would to the ITU's relay.
		GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		smtp.start();
		Map<String, String> settings = Map.of("SGBRIDGE_SMTP_HOST", "127.0.0.1", "SGBRIDGE_SMTP_PORT",
				Integer.toString(smtp.getSmtp().getPort()));
		String mail;
		try (AppProcess plain = AppProcess.launch(URL, options, settings, target.resolve("benchmark-app-jar.log"),
				AppProcess.Launch.JAR)) {
			plainStart = new long[] { plain.awaitFirstAnswer(Duration.ofMinutes(5)), plain.residentMiB()[0] };
			plainCpu = plain.startupCpuSeconds();
			plainLaunch = plain.launch();
			System.out.printf("bench: %s started in %d ms (%.1f CPU s)%n", plainLaunch, plainStart[0], plainCpu);
		}
		java.sql.Timestamp launched = java.sql.Timestamp.from(java.time.Instant.now());
		try (AppProcess app = AppProcess.launch(URL, options, settings, target.resolve("benchmark-app.log"), launchMode())) {
			app.awaitFirstAnswer(Duration.ofMinutes(5));
			afterStart = app.residentMiB();
			System.out.printf("bench: started in %d ms (%.1f CPU s), %d MiB resident%n", app.startupMillis(),
					app.startupCpuSeconds(), afterStart[0]);
			Map<String, ReadRows.Reader> readers = readers(app.port(), picks);

			RegistrationLoad rush = new RegistrationLoad(app.base(), picks.administration(), meetings, pool, 0);
			rush.closed("warm-up", 50, rushWarmup);
			drains.add("after the warm-up " + drain());
			for (int clients : new int[] { 50, 200 }) {
				double[] cpu0 = { app.cpuSeconds(), ownCpuSeconds() };
				RegistrationLoad.Result run = rush.closed("saturation", clients, saturation);
				runs.add(run.cpu(app.cpuSeconds() - cpu0[0], ownCpuSeconds() - cpu0[1]));
				drains.add("after " + clients + " clients " + drain());
			}
			double[] cpu0 = { app.cpuSeconds(), ownCpuSeconds() };
			RegistrationLoad.Result open = rush.open("open workload, " + openRate + " a second", openUsers, openRate, openSeconds);
			runs.add(open.cpu(app.cpuSeconds() - cpu0[0], ownCpuSeconds() - cpu0[1]));
			drains.add("after the open workload " + drain());
			mail = mailDrain(smtp, launched);
			runs.forEach(r -> System.out.printf("bench: %s, %d clients: %.0f/s, p50 %s p95 %s p99 %s ms, failures %s%n",
					r.name(), r.clients(), r.throughput(), Latencies.format(r.latencies().ms(0.5)),
					Latencies.format(r.latencies().ms(0.95)), Latencies.format(r.latencies().ms(0.99)), r.failures()));
			afterRush = app.residentMiB();

			reads = new ReadRows(readers, warmup, samples, rowSeconds).measure(ReadRows.rows(picks));
			afterReads = app.residentMiB();
			cpu = app.cpuSeconds();

			BenchReport report = new BenchReport();
			report.line("# SG Bridge benchmark, " + started).line("");
			report.line(machine(scale, generation, loadBefore)).line("");
			report.line("Picked from the generated data: the meeting with the most registrations (`" + picks.bigMeeting() + "`, "
					+ picks.bigMeetingRegistrations() + "), the one with the most contributions (`" + picks.documentsMeeting()
					+ "`, " + picks.documents() + "), a participant of it who represents an SME (`" + picks.participantId()
					+ "`), the Member State with the most admission requests (" + picks.state() + ", "
					+ picks.stateRequests() + "; its DFP is a benchmark account), and one of its requests. The reads ran after "
					+ "the registration runs, so the validation lists hold their registrations.").line("");
			report.startup(app, afterStart, afterRush, afterReads, cpu, jvm, plainLaunch, plainStart, plainCpu);
			report.registrations(runs, pgbench, script, drains);
			report.line(mail).line("");
			report.reads(reads, warmup, samples, rowSeconds);
			report.sql(script);
			report.line("Load average when the run began: " + loadBefore + "; at its end: "
					+ loadAverage() + ".");
			Files.writeString(target.resolve("benchmark.md"), report.text());
			System.out.println(report.text());
			assertThat(check.error()).as("pgbench's check run of the recorded SQL").isNull();
		}
		finally {
			smtp.stop();
		}
		assertThat(reads).allSatisfy(m -> assertThat(m.error()).as("%s %s", m.row().role(), m.row().path()).isNull());
		assertThat(runs).allSatisfy(r -> assertThat(r.failures()).as(r.name()).isEmpty());
	}

	/** The machine's load average over 1, 5 and 15 minutes (other work shares it). */
	private static String loadAverage() throws java.io.IOException {
		String[] fields = Files.readString(Path.of("/proc/loadavg")).strip().split(" ");
		return String.join(" ", Arrays.asList(fields).subList(0, 3));
	}

	/** The CPU time this JVM has used (the load's clients, and the idle application of the fixtures), in seconds. */
	private static double ownCpuSeconds() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime() / 1e9;
	}

	private static void register(Api api, int participant, String meeting, String organization) {
		Api.Response response = api.bearer(BenchFixtures.token(participant)).post("/api/v1/meetings/" + meeting + "/registrations",
				Map.of("organizationId", organization, "mode", "IN_PERSON", "visaSupport", false));
		assertThat(response.status()).as("%s", response).isEqualTo(201);
	}

	/** Waits until no event awaits its listeners (audit, mail): the work a registration leaves behind. */
	private long awaitListeners(Duration timeout) throws Exception {
		long start = System.nanoTime();
		org.awaitility.Awaitility.await("the events' listeners").atMost(timeout).pollInterval(Duration.ofMillis(100))
			.pollInSameThread().until(() -> waitingEvents() == 0);
		return (System.nanoTime() - start) / 1_000_000;
	}

	private long waitingEvents() throws Exception {
		try (var statement = monitor.createStatement();
				var rs = statement.executeQuery("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private String drain() throws Exception {
		long waiting = waitingEvents();
		long ms = awaitListeners(Duration.ofMinutes(5));
		return waiting + " events, done in " + String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
	}

	/**
	 * The mail the registration runs wrote: waits until the outbox holds nothing left to send, then
	 * compares what the SMTP server received with what was written (each mail once: no recipient got
	 * the same subject and text twice).
	 */
	private String mailDrain(GreenMail smtp, java.sql.Timestamp since) throws Exception {
		long start = System.nanoTime();
		org.awaitility.Awaitility.await("the outbox sent").atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(200))
			.pollInSameThread().until(() -> count("SELECT count(*) FROM mail_outbox WHERE status NOT IN ('SENT', 'FAILED')") == 0);
		double seconds = (System.nanoTime() - start) / 1e9;
		String ofTheRuns = " FROM mail_outbox WHERE recipient LIKE '%@bench.example' AND created_at >= '" + since.toInstant() + "'";
		long written = count("SELECT count(*)" + ofTheRuns);
		long failed = count("SELECT count(*)" + ofTheRuns + " AND status = 'FAILED'");
		var received = smtp.getReceivedMessages();
		java.util.Set<String> distinct = new java.util.HashSet<>();
		long toParticipants = 0;
		for (var message : received) {
			String to = java.util.Arrays.toString(message.getAllRecipients());
			if (to.contains("@bench.example")) {
				toParticipants++;
				distinct.add(to + "\n" + message.getSubject() + "\n" + com.icegreen.greenmail.util.GreenMailUtil.getBody(message));
			}
		}
		System.out.printf("bench: mail: %d written to the rush's participants, %d received over SMTP (%d distinct), %d failed, "
				+ "the outbox empty %.1f s after the last run%n", written, toParticipants, distinct.size(), failed, seconds);
		assertThat(toParticipants).as("mails received over SMTP, once each").isEqualTo(written).isEqualTo(distinct.size());
		return String.format(Locale.ROOT, "Mail: the registration runs wrote %,d mails to their participants; all %,d were "
				+ "received over SMTP (a GreenMail server in the benchmark's JVM), each once (%,d distinct), %d failed; "
				+ "the outbox held nothing left to send %.1f s after the last run ended.", written, toParticipants,
				distinct.size(), failed, seconds);
	}

	private long count(String sql) throws Exception {
		try (var statement = monitor.createStatement(); var rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/** The anonymous visitor, the participant, the DFP and the secretariat, signed in on the application under test. */
	private Map<String, ReadRows.Reader> readers(int appPort, BenchFixtures.Picks picks) {
		Map<String, ReadRows.Reader> readers = new LinkedHashMap<>();
		Api api = new Api(appPort);
		TestAccounts tokens = new TestAccounts(accounts, api);
		readers.put("anonymous", new ReadRows.Reader(new PageClient(appPort), api));
		Map<String, String> people = Map.of("participant", picks.participantEmail(), "dfp", BenchFixtures.DFP, "secretariat",
				BenchFixtures.SECRETARIAT);
		for (String role : List.of("participant", "dfp", "secretariat")) {
			PageClient browser = new PageClient(appPort);
			HttpResponse<String> signedIn = browser.signIn(people.get(role), TestAccounts.PASSWORD);
			assertThat(signedIn.statusCode()).as("sign-in of the %s", role).isEqualTo(302);
			assertThat(browser.get("/account").statusCode()).as("the %s's session", role).isEqualTo(200);
			readers.put(role, new ReadRows.Reader(browser, api.bearer(tokens.token(people.get(role), TestAccounts.PASSWORD))));
		}
		return readers;
	}

	/** pgbench at the application's pool size and at the load's client counts, as many as the server's connections allow. */
	private List<PgBench.Run> pgbench(PgBench.Script script, PgBench.Run check, Path target, int pool, int seconds)
			throws Exception {
		List<PgBench.Run> runs = new ArrayList<>();
		if (check.error() != null) {
			runs.add(check);
			return runs;
		}
		int free;
		try (var statement = monitor.createStatement();
				var rs = statement.executeQuery("SELECT current_setting('max_connections')::int - current_setting('superuser_reserved_connections')::int "
							+ "- (SELECT count(*) FROM pg_stat_activity)")) {
			rs.next();
			free = rs.getInt(1) - 5;
		}
		for (int clients : new int[] { 10, 50, 200 }) {
			int n = Math.min(clients, free);
			if (n < 1) {
				runs.add(new PgBench.Run(0, clients, 0, 0, 0, 0, "no free connection on the server"));
				continue;
			}
			PgBench.Run run = PgBench.run(script.text(), target, DATABASE, pool, n, clients, seconds);
			System.out.printf("bench: pgbench %d clients (asked %d): %.0f tps, %.1f ms%s%n", n, clients, run.tps(), run.latencyMs(),
					run.error() == null ? "" : " " + run.error());
			runs.add(run);
		}
		return runs;
	}

	private String machine(double scale, long generation, String load) throws Exception {
		long memory = Files.readAllLines(Path.of("/proc/meminfo")).stream()
			.filter(l -> l.startsWith("MemTotal:"))
			.mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", "")))
			.findFirst()
			.orElse(0) / 1024 / 1024;
		String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
			.filter(l -> l.startsWith("model name"))
			.map(l -> l.substring(l.indexOf(':') + 1).strip())
			.findFirst()
			.orElse("?");
		String postgres = jdbc.queryForObject("SHOW server_version", String.class);
		Map<String, Object> counts = jdbc.queryForMap("SELECT (SELECT count(*) FROM organization) AS orgs, "
				+ "(SELECT count(*) FROM account) AS accounts, (SELECT count(*) FROM registration) AS registrations, "
				+ "(SELECT count(*) FROM contribution) AS contributions, (SELECT count(*) FROM admission_request) AS requests");
		return String.format(Locale.ROOT, "Machine: %d cores (%s), %d GiB, Java %s, PostgreSQL %s on the same machine "
				+ "(127.0.0.1), shared with other work (load average at the start: %s). Scale **%s** of the generator "
				+ "(generated in %d s); at the end the database held %,d organisations, %,d accounts, %,d registrations, "
				+ "%,d contributions, %,d admission requests.", Runtime.getRuntime().availableProcessors(), cpu, memory,
				System.getProperty("java.version"), postgres, load, scale, generation, counts.get("orgs"), counts.get("accounts"),
				counts.get("registrations"), counts.get("contributions"), counts.get("requests"));
	}
}
