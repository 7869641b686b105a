package org.sgbridge.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sgbridge.SgBridgeApplication;
import org.sgbridge.account.AccountManagement;
import org.sgbridge.report.PilotFigures;
import org.sgbridge.report.PilotReports;
import org.sgbridge.testing.Api;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The first start as the README runs it, {@code ./mvnw spring-boot:run} with the production
 * example's {@code SGBRIDGE_ADMIN_EMAIL}/{@code SGBRIDGE_ADMIN_PASSWORD} set: the embedded database
 * of {@code application.properties} (in a fresh folder), nothing else configured (no SMTP server,
 * no base URL, the demo on by default). The demo is loaded beside that administrator, the health
 * check answers 200, and a mail is delivered at once to the in-app mailbox with a link to the port
 * the server listens on.
 */
class FirstStartTests {

	@Test
	void theReadmesFirstStartWithAnAdministratorLoadsTheDemoIsHealthyAndDeliversMail() throws Exception {
		Properties defaults = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
			defaults.load(in);
		}
		// The default URL of the embedded database, in a folder of its own.
		String url = defaults.getProperty("spring.datasource.url").replaceFirst("^\\$\\{SGBRIDGE_DB_URL:(.*)}$", "$1");
		Path folder = Path.of("target", "first-start-" + UUID.randomUUID());
		url = url.replace("./data/", folder.toAbsolutePath() + "/");
		assertThat(url).startsWith("jdbc:h2:file:").contains(folder.toString());
		int port = freePort();

		// The README's variables, given as properties of the same names (application.properties reads them).
		try (ConfigurableApplicationContext app = SpringApplication.run(SgBridgeApplication.class,
				"--sgbridge.test.as-installed=true", "--PORT=" + port, "--spring.datasource.url=" + url,
				"--SGBRIDGE_FILES=" + folder.resolve("files"), "--SGBRIDGE_ADMIN_EMAIL=owner@example.org",
				"--SGBRIDGE_ADMIN_PASSWORD=a long passphrase for the owner")) {
			// The demo is loaded although an administrator was created first, and its figures are right.
			AccountManagement accounts = app.getBean(AccountManagement.class);
			assertThat(accounts.findByEmail("owner@example.org")).isPresent();
			assertThat(accounts.findByEmail("admin@sgbridge.demo")).as("the demo's accounts").isPresent();
			PilotReports reports = app.getBean(PilotReports.class);
			PilotFigures pp18 = reports.figures(java.time.LocalDate.of(2018, 10, 29), null);
			assertThat(pp18.totals()).isEqualTo(new PilotFigures.Totals(22, 3, 4, 29));
			PilotFigures.Counts itut = reports.figures(java.time.LocalDate.of(2018, 3, 16), null).bySector().get("ITU-T");
			assertThat(itut.approved()).isEqualTo(5);
			assertThat(itut.inAdmission()).isEqualTo(7);

			// Healthy, for a person and for a load balancer.
			Api api = new Api(port);
			assertThat(api.get("/actuator/health").status()).as("%s", api.get("/actuator/health")).isEqualTo(200);
			assertThat(api.get("/actuator/health/readiness").status()).isEqualTo(200);

			// A mail is delivered at once to the in-app mailbox, its link to this server's port.
			String email = "newcomer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
			assertThat(api.post("/api/v1/accounts", Map.of("email", email, "password", "correct horse battery staple",
					"name", "Newcomer", "locale", "en")).status()).isEqualTo(201);
			Api.Response token = api.post("/api/v1/tokens",
					Map.of("email", "owner@example.org", "password", "a long passphrase for the owner"));
			assertThat(token.status()).as("%s", token).isEqualTo(201);
			Api.Response mail = api.bearer(token.json().path("token").asString()).get("/api/v1/admin/mail?to=" + email);
			assertThat(mail.json().path("items")).singleElement().satisfies(m -> {
				assertThat(m.path("status").asString()).isEqualTo("SENT");
				assertThat(m.path("body").asString()).contains("http://localhost:" + port + "/verify?token=");
			});
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
