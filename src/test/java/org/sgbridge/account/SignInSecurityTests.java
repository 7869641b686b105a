package org.sgbridge.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sgbridge.SgBridgeApplication;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.AdjustableClock;
import org.sgbridge.platform.Problem;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.PageClient;
import org.sgbridge.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Throttling of failed sign-ins and the second factor. */
@SpringBootTest(classes = SgBridgeApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class SignInSecurityTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AdjustableClock clock;

	@Autowired
	SignInThrottle throttle;

	@AfterEach
	void backToNow() {
		clock.setInstant(null);
	}

	private String activeAccount(String prefix, Set<String> roles) {
		String email = TestAccounts.uniqueEmail(prefix);
		accounts.createActive(email, TestAccounts.PASSWORD, "Someone", roles, "en");
		return email;
	}

	private static String slugOf(Runnable call) {
		try {
			call.run();
			return "none";
		}
		catch (Problem p) {
			return p.slug();
		}
	}

	@Test
	void fiveFailuresWithinTheWindowRefuseTheAccountFromAnywhereForATimeThatDoubles() {
		clock.setInstant(Instant.parse("2026-03-02T09:00:00Z"));
		String email = activeAccount("target", Set.of());
		assertThat(throttle.maxFailures()).isEqualTo(5);
		// A distributed guesser: five failures within five minutes, each from another address.
		for (int i = 0; i < 5; i++) {
			clock.setInstant(clock.instant().plusSeconds(60));
			String from = "203.0.113." + i;
			assertThat(slugOf(() -> accounts.authenticate(email, "a wrong guess", null, from))).isEqualTo("bad-credentials");
		}
		// The account is refused from anywhere, the right password included, for 30 s.
		assertThat(refusal(email, TestAccounts.PASSWORD, "198.51.100.7")).isEqualTo(Duration.ofSeconds(30));
		// Each further failure once a block is over doubles it, up to 15 minutes.
		List<Long> blocks = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			clock.setInstant(clock.instant().plus(refusal(email, TestAccounts.PASSWORD, "198.51.100.7")));
			assertThat(slugOf(() -> accounts.authenticate(email, "another wrong guess", null, "203.0.113.99")))
				.isEqualTo("bad-credentials");
			blocks.add(refusal(email, TestAccounts.PASSWORD, "198.51.100.7").toSeconds());
		}
		assertThat(blocks).containsExactly(60L, 120L, 240L, 480L, 900L, 900L, 900L);
		// Once the block is over the owner signs in, and the success ends the streak.
		clock.setInstant(clock.instant().plus(Duration.ofMinutes(15)));
		assertThat(accounts.authenticate(email, TestAccounts.PASSWORD, null, "198.51.100.7").email()).isEqualTo(email);
		assertThat(slugOf(() -> accounts.authenticate(email, "one more typo", null, "198.51.100.7"))).isEqualTo("bad-credentials");
		assertThat(refusal(email, TestAccounts.PASSWORD, "198.51.100.7")).isNull();
	}

	@Test
	void failuresSpreadOverMoreThanTheWindowDoNotRefuse() {
		clock.setInstant(Instant.parse("2026-03-04T09:00:00Z"));
		String email = activeAccount("slow", Set.of());
		for (int i = 0; i < 8; i++) {
			clock.setInstant(clock.instant().plus(Duration.ofMinutes(4)));
			assertThat(slugOf(() -> accounts.authenticate(email, "a wrong guess", null, "203.0.113.50"))).isEqualTo("bad-credentials");
		}
		assertThat(refusal(email, TestAccounts.PASSWORD, "203.0.113.50")).isNull();
	}

	@Test
	void pastFiveHundredFailuresFromAnAddressOnlyTheAccountsThatFailedFromItAreRefused() {
		clock.setInstant(Instant.parse("2026-03-03T09:00:00Z"));
		String office = "192.0.2.200";
		String sprayed = activeAccount("sprayed", Set.of());
		String colleague = activeAccount("colleague", Set.of());
		assertThat(throttle.maxAddressFailures()).isEqualTo(500);
		// Someone behind the office's address tries a common password on 499 addresses, then on a real account.
		for (int i = 0; i < 499; i++) {
			throttle.failed("sprayed-" + i + "@example.org", office);
		}
		assertThat(slugOf(() -> accounts.authenticate(sprayed, "Winter2026!", null, office))).isEqualTo("bad-credentials");
		// Past 500 failures, that account is refused from there, the right password included...
		assertThat(refusal(sprayed, TestAccounts.PASSWORD, office)).isPositive();
		// ...while it signs in from elsewhere, and a colleague who never failed signs in from the office.
		assertThat(accounts.authenticate(sprayed, TestAccounts.PASSWORD, null, "198.51.100.8").email()).isEqualTo(sprayed);
		assertThat(accounts.authenticate(colleague, TestAccounts.PASSWORD, null, office).email()).isEqualTo(colleague);
		// The window over, the office is no longer suspect.
		clock.setInstant(clock.instant().plus(Duration.ofMinutes(15)).plusSeconds(1));
		assertThat(accounts.authenticate(sprayed, TestAccounts.PASSWORD, null, office).email()).isEqualTo(sprayed);
	}

	/** How long a sign-in is refused for, or null when it is not refused as too many attempts. */
	private Duration refusal(String email, String password, String from) {
		try {
			accounts.authenticate(email, password, null, from);
			return null;
		}
		catch (Problem p) {
			if (!"too-many-attempts".equals(p.slug())) {
				return null;
			}
			assertThat(p.status().value()).isEqualTo(429);
			return p.retryAfter();
		}
	}

	@Test
	void theTokenEndpointAndTheSignInPageAreRefusedAlikeWith429AndRetryAfter() {
		Api api = new Api(port);
		String email = activeAccount("api-throttle", Set.of());
		for (int i = 0; i < throttle.maxFailures(); i++) {
			assertThat(api.post("/api/v1/tokens", Map.of("email", email, "password", "wrong password " + i)).status())
				.isEqualTo(401);
		}
		Api.Response last = api.post("/api/v1/tokens", Map.of("email", email, "password", TestAccounts.PASSWORD));
		assertThat(last.status()).isEqualTo(429);
		assertThat(last.problem()).isEqualTo("too-many-attempts");
		assertThat(Long.parseLong(last.header("Retry-After"))).isBetween(1L, 30L);

		var page = new PageClient(port).signIn(email, TestAccounts.PASSWORD);
		assertThat(page.statusCode()).isEqualTo(429);
		assertThat(Long.parseLong(page.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 30L);
		assertThat(page.body()).contains("Too many failed attempts").contains(email);
	}

	private String currentCode(String secret) throws Exception {
		long counter = clock.instant().getEpochSecond() / 30;
		return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, counter);
	}

	@Test
	void secondFactorIsAskedOnceOnAndRecoveryCodesWorkOnce() throws Exception {
		Api api = new Api(port);
		String email = activeAccount("totp", Set.of());
		Actor actor = accounts.authenticate(email, TestAccounts.PASSWORD, null, "192.0.2.1");
		var setup = accounts.prepareTotp(actor);
		assertThat(setup.uri()).startsWith("otpauth://totp/");
		assertThatThrownBy(() -> accounts.enableTotp(actor, "000000")).isInstanceOf(Problem.class);
		List<String> recovery = accounts.enableTotp(actor, currentCode(setup.secret()));
		assertThat(recovery).hasSize(10).doesNotHaveDuplicates();

		Api.Response withoutCode = api.post("/api/v1/tokens", Map.of("email", email, "password", TestAccounts.PASSWORD));
		assertThat(withoutCode.status()).isEqualTo(401);
		assertThat(withoutCode.problem()).isEqualTo("totp-required");

		Api.Response withCode = api.post("/api/v1/tokens",
				Map.of("email", email, "password", TestAccounts.PASSWORD, "totp", currentCode(setup.secret())));
		assertThat(withCode.status()).isEqualTo(201);

		Map<String, String> withRecovery = Map.of("email", email, "password", TestAccounts.PASSWORD, "totp", recovery.get(3));
		assertThat(api.post("/api/v1/tokens", withRecovery).status()).isEqualTo(201);
		Api.Response reused = api.post("/api/v1/tokens", withRecovery);
		assertThat(reused.status()).isEqualTo(401);
		assertThat(reused.problem()).isEqualTo("bad-credentials");
	}

	@Test
	void staffCannotTurnTheSecondFactorOffOnceSetUpButParticipantsCan() throws Exception {
		String staff = activeAccount("staff", Set.of(Actor.SECRETARIAT));
		Actor staffActor = accounts.authenticate(staff, TestAccounts.PASSWORD, null, "192.0.2.2");
		var setup = accounts.prepareTotp(staffActor);
		accounts.enableTotp(staffActor, currentCode(setup.secret()));
		assertThat(slugOf(() -> accounts.disableTotp(staffActor, TestAccounts.PASSWORD))).isEqualTo("totp-required-for-role");

		String participant = activeAccount("participant", Set.of());
		Actor p = accounts.authenticate(participant, TestAccounts.PASSWORD, null, "192.0.2.3");
		var s = accounts.prepareTotp(p);
		accounts.enableTotp(p, currentCode(s.secret()));
		accounts.disableTotp(p, TestAccounts.PASSWORD);
		assertThat(accounts.find(p.accountId()).orElseThrow().totpEnabled()).isFalse();
	}

	@Test
	void passwordPolicyNamesWhatIsWrong() {
		assertThat(PasswordPolicy.check("eleven char", null)).contains("validation.password.short");
		assertThat(PasswordPolicy.check("iloveyou2024!!", null)).contains("validation.password.common");
		assertThat(PasswordPolicy.check("aaaaaaaaaaaaaaaa", null)).contains("validation.password.common");
		assertThat(PasswordPolicy.check("x".repeat(129) + "yz12", null)).contains("validation.password.long");
		assertThat(PasswordPolicy.check("amina@example.org is me", "amina@example.org")).contains("validation.password.email");
		assertThat(PasswordPolicy.check("purple elephants dance quietly", "amina@example.org")).isEmpty();
	}
}
