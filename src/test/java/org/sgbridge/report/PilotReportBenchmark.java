package org.sgbridge.report;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sgbridge.SgBridgeApplication;
import org.sgbridge.account.AccountManagement;
import org.sgbridge.demo.ScaleData;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The reports on ten years of ITU-wide activity, on PostgreSQL (run with {@code ./mvnw -Pperf verify}):
 * the generated data at one tenth of its size, then at full size; the median of 15 runs after 10 warm-up runs of the
 * dashboard JSON, each export and the DOCX. Prints the figures (also to target/benchmark.md); asserts nothing.
 */
@SpringBootTest(classes = SgBridgeApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class PilotReportBenchmark {

	@LocalServerPort
	int port;

	@Autowired
	ScaleData generator;

	@Autowired
	AccountManagement accounts;

	@BeforeAll
	static void freshDatabase() throws Exception {
		try (var connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
				var statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS sgbridge_perf WITH (FORCE)");
			statement.execute("CREATE DATABASE sgbridge_perf");
		}
	}

	private final HttpClient http = HttpClient.newHttpClient();

	private long median(String path, String token, String accept) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Bearer " + token).header("Accept", accept).build();
		for (int i = 0; i < 10; i++) {
			check(http.send(request, HttpResponse.BodyHandlers.ofByteArray()));
		}
		List<Long> times = new ArrayList<>();
		for (int i = 0; i < 15; i++) {
			long start = System.nanoTime();
			check(http.send(request, HttpResponse.BodyHandlers.ofByteArray()));
			times.add((System.nanoTime() - start) / 1_000_000);
		}
		times.sort(null);
		return times.get(times.size() / 2);
	}

	private static void check(HttpResponse<byte[]> response) {
		if (response.statusCode() != 200) {
			throw new IllegalStateException("HTTP " + response.statusCode() + ": " + new String(response.body()));
		}
	}

	private Map<String, Long> measure(String token) throws Exception {
		String asOf = "?asOf=2025-12-31";
		Map<String, Long> m = new LinkedHashMap<>();
		m.put("dashboard JSON (/api/v1/reports/pilot)", median("/api/v1/reports/pilot" + asOf, token, "application/json"));
		m.put("figures CSV", median("/api/v1/reports/pilot" + asOf, token, "text/csv"));
		m.put("figures XLSX", median("/api/v1/reports/pilot" + asOf, token,
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
		m.put("annex JSON", median("/api/v1/reports/pilot/annex" + asOf, token, "application/json"));
		m.put("annex CSV", median("/api/v1/reports/pilot/annex" + asOf, token, "text/csv"));
		m.put("annex XLSX", median("/api/v1/reports/pilot/annex" + asOf, token,
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
		m.put("council report DOCX", median("/api/v1/reports/pilot/council" + asOf, token,
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
		return m;
	}

	@Test
	void reportsOnTenYearsOfActivity() throws Exception {
		String email = TestAccounts.uniqueEmail("bench");
		accounts.createActive(email, TestAccounts.PASSWORD, "Benchmark", Set.of("SECRETARIAT"), "en");
		String token = new TestAccounts(accounts, new Api(port)).token(email, TestAccounts.PASSWORD);

		long t0 = System.nanoTime();
		generator.generate(0.1, "s1");
		long tenth = (System.nanoTime() - t0) / 1_000_000_000;
		Map<String, Long> small = measure(token);
		t0 = System.nanoTime();
		generator.generate(0.9, "s9");
		long rest = (System.nanoTime() - t0) / 1_000_000_000;
		Map<String, Long> full = measure(token);

		StringBuilder out = new StringBuilder();
		out.append("| report | median at 1/10 size (ms) | median at full size (ms) | ratio |\n|---|---|---|---|\n");
		for (String key : full.keySet()) {
			out.append("| ").append(key).append(" | ").append(small.get(key)).append(" | ").append(full.get(key)).append(" | ")
				.append(String.format(java.util.Locale.ROOT, "%.1f", full.get(key) / (double) Math.max(1, small.get(key))))
				.append(" |\n");
		}
		out.append("\nGeneration: ").append(tenth).append(" s for one tenth, ").append(rest).append(" s for the other nine tenths. ")
			.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
			.append(System.getProperty("java.version")).append(", PostgreSQL at 127.0.0.1.\n");
		System.out.println(out);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target", "benchmark.md"), out.toString());
	}
}
