package org.sgbridge.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sgbridge.SgBridgeApplication;
import org.sgbridge.platform.AdjustableClock;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** API.md "Accounts": sign-up, verification, tokens and their refusals, over real HTTP. */
@SpringBootTest(classes = SgBridgeApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class AccountApiTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AdjustableClock clock;

	Api api;
	TestAccounts fixtures;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		fixtures = new TestAccounts(accounts, api);
	}

	@AfterEach
	void backToNow() {
		clock.setInstant(null);
	}

	private Api.Response signUp(String email) {
		return api.post("/api/v1/accounts",
				Map.of("email", email, "password", TestAccounts.PASSWORD, "name", "Amina Diallo", "locale", "fr"));
	}

	@Test
	void signUpMailsASingleUseLinkAndVerificationActivatesTheAccount() {
		String email = TestAccounts.uniqueEmail("amina");
		Api.Response created = signUp(email);
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().path("status").asString()).isEqualTo("PENDING_VERIFICATION");
		assertThat(created.json().path("email").asString()).isEqualTo(email);
		assertThat(created.json().path("id").asString()).isNotBlank();

		Api.Response notYet = api.post("/api/v1/tokens", Map.of("email", email, "password", TestAccounts.PASSWORD));
		assertThat(notYet.status()).isEqualTo(403);
		assertThat(notYet.problem()).isEqualTo("account-not-verified");

		Api.Response mail = fixtures.latestMail(email);
		assertThat(mail.json().path("items").get(0).path("subject").asString()).contains("SG Bridge");
		assertThat(mail.json().path("items").get(0).path("status").asString()).isIn("QUEUED", "SENT");
		String token = fixtures.tokenFromLatestMail(email);
		Api.Response verified = api.post("/api/v1/accounts/verification", Map.of("token", token));
		assertThat(verified.status()).isEqualTo(200);
		assertThat(verified.json().path("status").asString()).isEqualTo("ACTIVE");

		Api.Response again = api.post("/api/v1/accounts/verification", Map.of("token", token));
		assertThat(again.status()).isEqualTo(400);
		assertThat(again.problem()).isEqualTo("invalid-token");

		Api.Response issued = api.post("/api/v1/tokens", Map.of("email", email, "password", TestAccounts.PASSWORD));
		assertThat(issued.status()).isEqualTo(201);
		assertThat(issued.json().path("expiresAt").asString()).isNotBlank();
		Api.Response me = api.bearer(issued.json().path("token").asString()).get("/api/v1/me");
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().path("email").asString()).isEqualTo(email);
		assertThat(me.json().path("locale").asString()).isEqualTo("fr");
		assertThat(me.json().path("organizations").isArray()).isTrue();
	}

	@Test
	void verificationMailIsInTheRecipientsLanguage() {
		String email = TestAccounts.uniqueEmail("francoise");
		signUp(email);
		assertThat(fixtures.latestMail(email).json().path("items").get(0).path("body").asString()).contains("Bonjour");
	}

	@Test
	void verificationLinkExpiresAfter24Hours() {
		String email = TestAccounts.uniqueEmail("late");
		signUp(email);
		String token = fixtures.tokenFromLatestMail(email);
		clock.setInstant(clock.instant().plus(Duration.ofHours(25)));
		Api.Response response = api.post("/api/v1/accounts/verification", Map.of("token", token));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.problem()).isEqualTo("invalid-token");
	}

	@Test
	void unknownTokenIsInvalid() {
		Api.Response response = api.post("/api/v1/accounts/verification", Map.of("token", "x".repeat(43)));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.problem()).isEqualTo("invalid-token");
	}

	@Test
	void duplicateEmailIsAConflictWhateverItsCase() {
		String email = TestAccounts.uniqueEmail("dup");
		assertThat(signUp(email).status()).isEqualTo(201);
		Api.Response second = signUp(email.toUpperCase());
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.problem()).isEqualTo("duplicate-email");
	}

	@Test
	void everyMissingOrInvalidFieldIsListedInTheCallersLanguage() {
		Api.Response response = api.with("Accept-Language", "es").post("/api/v1/accounts", Map.of("email", "not-an-address"));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.problem()).isEqualTo("invalid-input");
		assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
		List<String> fields = new ArrayList<>();
		response.json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
		assertThat(fields).containsExactlyInAnyOrder("email", "password", "name");
		assertThat(response.json().path("title").asString()).isNotEqualTo("Invalid input");
	}

	@Test
	void shortAndCommonPasswordsAreRefused() {
		for (String weak : List.of("short pass", "password1234", "Password2024!", "qwertyuiop123")) {
			Api.Response response = api.post("/api/v1/accounts",
					Map.of("email", TestAccounts.uniqueEmail("weak"), "password", weak, "name", "Weak"));
			assertThat(response.status()).as(weak).isEqualTo(400);
			assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("password");
		}
	}

	@Test
	void malformedJsonIsMalformed() {
		Api.Response response = api.post("/api/v1/accounts", "{\"email\": ");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.problem()).isEqualTo("malformed");
	}

	@Test
	void wrongPasswordIsBadCredentialsAndUnknownBearerIsUnauthenticated() {
		String email = TestAccounts.uniqueEmail("wrong");
		fixtures.signUpAndVerify(email, "Wrong Password");
		Api.Response response = api.post("/api/v1/tokens", Map.of("email", email, "password", "not the password at all"));
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.problem()).isEqualTo("bad-credentials");
		assertThat(api.get("/api/v1/me").problem()).isEqualTo("unauthenticated");
		Api.Response bad = api.bearer("no-such-token").get("/api/v1/me");
		assertThat(bad.status()).isEqualTo(401);
		assertThat(bad.problem()).isEqualTo("unauthenticated");
	}

	@Test
	void onlyAnAdministratorCreatesStaffAccounts() {
		String email = TestAccounts.uniqueEmail("staff");
		Api.Response created = api.bearer(fixtures.adminToken()).post("/api/v1/admin/accounts",
				Map.of("email", email, "password", TestAccounts.PASSWORD, "name", "Staff", "roles", List.of("SECRETARIAT")));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().path("status").asString()).isEqualTo("ACTIVE");
		String staffToken = fixtures.token(email, TestAccounts.PASSWORD);
		Api.Response refused = api.bearer(staffToken).post("/api/v1/admin/accounts",
				Map.of("email", TestAccounts.uniqueEmail("x"), "password", TestAccounts.PASSWORD, "name", "X"));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.problem()).isEqualTo("forbidden");
		assertThat(api.bearer(staffToken).get("/api/v1/admin/mail?to=" + email).status()).isEqualTo(403);
	}

	@Test
	void passwordResetByMailReplacesThePassword() {
		String email = TestAccounts.uniqueEmail("reset");
		fixtures.signUpAndVerify(email, "Forgetful");
		assertThat(api.post("/api/v1/password-resets", Map.of("email", email)).status()).isEqualTo(202);
		assertThat(api.post("/api/v1/password-resets", Map.of("email", "nobody-" + email)).status()).isEqualTo(202);
		String token = fixtures.tokenFromLatestMail(email);
		String newPassword = "a new and long passphrase";
		assertThat(api.post("/api/v1/password-resets/confirmation", Map.of("token", token, "password", newPassword))
			.status()).isEqualTo(200);
		assertThat(api.post("/api/v1/tokens", Map.of("email", email, "password", TestAccounts.PASSWORD)).status())
			.isEqualTo(401);
		fixtures.token(email, newPassword);
		assertThat(api.post("/api/v1/password-resets/confirmation", Map.of("token", token, "password", newPassword))
			.problem()).isEqualTo("invalid-token");
	}

	@Test
	void fivePasswordResetRequestsPerEmailAnHourAndEachNewLinkEndsTheEarlierOnes() {
		clock.setInstant(java.time.Instant.parse("2026-06-01T10:00:00Z"));
		String email = TestAccounts.uniqueEmail("many-resets");
		accounts.createActive(email, TestAccounts.PASSWORD, "Forgetful Again", java.util.Set.of(), "en");
		List<String> links = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			clock.setInstant(clock.instant().plusSeconds(1));
			assertThat(api.post("/api/v1/password-resets", Map.of("email", email)).status()).isEqualTo(202);
			links.add(fixtures.tokenFromLatestMail(email));
		}
		Api.Response sixth = api.post("/api/v1/password-resets", Map.of("email", email.toUpperCase()));
		assertThat(sixth.status()).isEqualTo(429);
		assertThat(sixth.problem()).isEqualTo("too-many-attempts");
		assertThat(Long.parseLong(sixth.header("Retry-After"))).isEqualTo(3600 - 4);
		assertThat(fixtures.latestMail(email).json().path("items").size()).isEqualTo(5);
		// The same limit for an address that has no account, so that it tells nothing.
		String nobody = TestAccounts.uniqueEmail("nobody");
		for (int i = 0; i < 5; i++) {
			api.post("/api/v1/password-resets", Map.of("email", nobody));
		}
		assertThat(api.post("/api/v1/password-resets", Map.of("email", nobody)).status()).isEqualTo(429);

		// Only the newest link works, once.
		for (String old : links.subList(0, 4)) {
			assertThat(api.post("/api/v1/password-resets/confirmation", Map.of("token", old, "password",
					"a new and long passphrase")).problem()).isEqualTo("invalid-token");
		}
		assertThat(api.post("/api/v1/password-resets/confirmation", Map.of("token", links.get(4), "password",
				"a new and long passphrase")).status()).isEqualTo(200);
		assertThat(api.post("/api/v1/password-resets/confirmation", Map.of("token", links.get(4), "password",
				"yet another long passphrase")).problem()).isEqualTo("invalid-token");

		clock.setInstant(clock.instant().plusSeconds(3600));
		assertThat(api.post("/api/v1/password-resets", Map.of("email", email)).status()).isEqualTo(202);
	}
}
