package org.sgbridge.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sgbridge.SgBridgeApplication;
import org.sgbridge.platform.AdjustableClock;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.PageClient;
import org.sgbridge.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The limits per client address with their default values (20 sign-ups and 50 password-reset
 * requests an hour), over HTTP, in a context of its own since every test calls from 127.0.0.1.
 */
@SpringBootTest(classes = SgBridgeApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "sgbridge.test.default-limits=true")
class AbuseLimitsTests {

	@LocalServerPort
	int port;

	@Autowired
	AdjustableClock clock;

	@Autowired
	JdbcClient jdbc;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		jdbc.sql("DELETE FROM rate_limit_window").update();
	}

	@AfterEach
	void backToNow() {
		clock.setInstant(null);
	}

	@Test
	void twentySignUpsAnHourFromOneAddressThenTooManyAttemptsOnTheApiAndThePage() {
		for (int i = 0; i < 20; i++) {
			// Every attempt counts, a refused one too (here: no password, no name).
			assertThat(api.post("/api/v1/accounts", Map.of("email", TestAccounts.uniqueEmail("bulk"))).status())
				.as("attempt %d", i + 1).isEqualTo(400);
		}
		Api.Response refused = api.post("/api/v1/accounts", Map.of("email", TestAccounts.uniqueEmail("late"),
				"password", TestAccounts.PASSWORD, "name", "Late Comer", "locale", "en"));
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.problem()).isEqualTo("too-many-attempts");
		assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3600L);

		String email = TestAccounts.uniqueEmail("page");
		HttpResponse<String> page = new PageClient(port).post("/signup", "/signup",
				Map.of("email", email, "name", "Nadia Page", "password", TestAccounts.PASSWORD));
		assertThat(page.statusCode()).isEqualTo(429);
		assertThat(page.headers().firstValue("Retry-After")).isPresent();
		assertThat(page.body()).contains("Too many accounts were created from your network").contains(email)
			.contains("Nadia Page");

		clock.setInstant(clock.instant().plusSeconds(3601));
		assertThat(api.post("/api/v1/accounts", Map.of("email", TestAccounts.uniqueEmail("next-hour"),
				"password", TestAccounts.PASSWORD, "name", "Next Hour", "locale", "en")).status()).isEqualTo(201);
	}

	@Test
	void fiftyPasswordResetRequestsAnHourFromOneAddressThenTooManyAttemptsOnTheApiAndThePage() {
		for (int i = 0; i < 50; i++) {
			assertThat(api.post("/api/v1/password-resets", Map.of("email", TestAccounts.uniqueEmail("who"))).status())
				.as("request %d", i + 1).isEqualTo(202);
		}
		Api.Response refused = api.post("/api/v1/password-resets", Map.of("email", TestAccounts.uniqueEmail("who")));
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.problem()).isEqualTo("too-many-attempts");
		assertThat(refused.header("Retry-After")).isNotBlank();

		String email = TestAccounts.uniqueEmail("typed");
		HttpResponse<String> page = new PageClient(port).post("/password/forgot", "/password/forgot", Map.of("email", email));
		assertThat(page.statusCode()).isEqualTo(429);
		assertThat(page.headers().firstValue("Retry-After")).isPresent();
		assertThat(page.body()).contains("Too many password-reset requests").contains("value=\"" + email + "\"");
	}
}
