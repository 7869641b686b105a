package org.sgbridge.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
	void repeatedFailuresFromOneAddressAreThrottledWithoutLockingOutTheOwnerElsewhere() {
		String email = activeAccount("target", Set.of());
		for (int i = 0; i < SignInThrottle.PER_ACCOUNT_AND_ADDRESS; i++) {
			assertThat(slugOf(() -> accounts.authenticate(email, "guess number " + "x".repeat(5), null, "203.0.113.9")))
				.isEqualTo("bad-credentials");
		}
		// Even the right password is refused from the attacker's address while it is blocked...
		assertThatThrownBy(() -> accounts.authenticate(email, TestAccounts.PASSWORD, null, "203.0.113.9"))
			.isInstanceOfSatisfying(Problem.class, p -> {
				assertThat(p.slug()).isEqualTo("too-many-attempts");
				assertThat(p.status().value()).isEqualTo(429);
				assertThat(p.retryAfter()).isPositive();
			});
		// ...but the owner, from another address, signs in.
		assertThat(accounts.authenticate(email, TestAccounts.PASSWORD, null, "198.51.100.7").accountId()).isNotBlank();
		// And the block ends.
		clock.setInstant(clock.instant().plus(SignInThrottle.MAX_BLOCK).plusSeconds(1));
		assertThat(accounts.authenticate(email, TestAccounts.PASSWORD, null, "203.0.113.9").email()).isEqualTo(email);
	}

	@Test
	void throttledTokenRequestIs429WithRetryAfter() {
		Api api = new Api(port);
		String email = activeAccount("api-throttle", Set.of());
		Api.Response last = null;
		for (int i = 0; i <= SignInThrottle.PER_ACCOUNT_AND_ADDRESS; i++) {
			last = api.post("/api/v1/tokens", Map.of("email", email, "password", "wrong password " + i));
		}
		assertThat(last.status()).isEqualTo(429);
		assertThat(last.problem()).isEqualTo("too-many-attempts");
		assertThat(Long.parseLong(last.header("Retry-After"))).isPositive();
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
