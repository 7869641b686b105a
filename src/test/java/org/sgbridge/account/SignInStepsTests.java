package org.sgbridge.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import org.junit.jupiter.api.Test;
import org.sgbridge.platform.Actor;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PageClient;
import org.sgbridge.testing.PilotFixtures.Person;
import org.sgbridge.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Signing in through the pages: the second factor on its own step after a right password, and
 * where each role lands afterwards.
 */
class SignInStepsTests extends ApiTest {

	@Autowired
	SignInThrottle throttle;

	record TwoStep(String email, String secret, List<String> recovery) {
	}

	private TwoStep withSecondFactor(String prefix) throws Exception {
		String email = TestAccounts.uniqueEmail(prefix);
		accounts.createActive(email, TestAccounts.PASSWORD, "Someone", Set.of(), "en");
		Actor actor = accounts.authenticate(email, TestAccounts.PASSWORD, null, "192.0.2.9");
		String secret = accounts.prepareTotp(actor).secret();
		List<String> recovery = accounts.enableTotp(actor, code(secret));
		return new TwoStep(email, secret, recovery);
	}

	private String code(String secret) throws Exception {
		return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, clock.instant().getEpochSecond() / 30);
	}

	private static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElse("").replaceFirst("^https?://[^/]+", "");
	}

	@Test
	void aRightPasswordLeadsToTheCodeOnItsOwnStepAndTheAccountIsSignedInOnlyOnceTheCodeIsRight() throws Exception {
		TwoStep account = withSecondFactor("two-step");
		PageClient browser = new PageClient(port);

		HttpResponse<String> password = browser.signIn(account.email(), TestAccounts.PASSWORD);
		assertThat(password.statusCode()).isEqualTo(302);
		assertThat(location(password)).isEqualTo("/signin/code");
		assertThat(browser.get("/account").statusCode()).as("not signed in yet").isEqualTo(302);

		HttpResponse<String> step = browser.get("/signin/code");
		assertThat(step.statusCode()).isEqualTo(200);
		assertThat(step.body()).contains("id=\"code\"").contains("Your password is right").doesNotContain("id=\"password\"");

		HttpResponse<String> wrong = browser.post("/signin/code", "/signin/code", Map.of("code", "000000"));
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(wrong.body()).contains("this code is not right").contains("id=\"code-error\"");
		assertThat(browser.get("/account").statusCode()).isEqualTo(302);

		HttpResponse<String> right = browser.post("/signin/code", "/signin/code", Map.of("code", code(account.secret())));
		assertThat(right.statusCode()).isEqualTo(302);
		// Back to the page asked for while half signed in (the account page), as after a one-step sign-in.
		assertThat(location(right)).isEqualTo("/account");
		assertThat(browser.get("/account").statusCode()).isEqualTo(200);
		// Done with: the step is not offered again in this session.
		assertThat(location(browser.get("/signin/code"))).startsWith("/signin?expired");
	}

	@Test
	void aRecoveryCodeWorksOnTheCodeStepOnce() throws Exception {
		TwoStep account = withSecondFactor("recovery");
		PageClient first = new PageClient(port);
		first.signIn(account.email(), TestAccounts.PASSWORD);
		assertThat(first.post("/signin/code", "/signin/code", Map.of("code", account.recovery().get(0))).statusCode()).isEqualTo(302);
		assertThat(first.get("/account").statusCode()).isEqualTo(200);

		PageClient second = new PageClient(port);
		second.signIn(account.email(), TestAccounts.PASSWORD);
		assertThat(second.post("/signin/code", "/signin/code", Map.of("code", account.recovery().get(0))).statusCode()).isEqualTo(401);
	}

	@Test
	void theHalfSignedInStateExpiresAfterAFewMinutes() throws Exception {
		TwoStep account = withSecondFactor("expiry");
		PageClient browser = new PageClient(port);
		browser.signIn(account.email(), TestAccounts.PASSWORD);
		String csrfPage = "/signin/code";
		assertThat(browser.get(csrfPage).statusCode()).isEqualTo(200);
		clock.setInstant(clock.instant().plus(Duration.ofMinutes(6)));

		HttpResponse<String> late = browser.post("/signin", "/signin/code", Map.of("code", code(account.secret())));
		assertThat(late.statusCode()).isEqualTo(302);
		assertThat(location(late)).isEqualTo("/signin?expired");
		assertThat(browser.get("/signin?expired").body()).contains("The time to enter the code has run out");
		assertThat(browser.get("/account").statusCode()).isEqualTo(302);
	}

	@Test
	void wrongCodesCountTowardsTheThrottle() throws Exception {
		TwoStep account = withSecondFactor("code-throttle");
		PageClient browser = new PageClient(port);
		browser.signIn(account.email(), TestAccounts.PASSWORD);
		for (int i = 0; i < throttle.maxFailures(); i++) {
			assertThat(browser.post("/signin/code", "/signin/code", Map.of("code", "00000" + i)).statusCode()).isEqualTo(401);
		}
		HttpResponse<String> refused = browser.post("/signin/code", "/signin/code", Map.of("code", code(account.secret())));
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		assertThat(browser.get("/account").statusCode()).isEqualTo(302);
	}

	@Test
	void eachRoleLandsWhereItsWorkWaits() {
		// The secretariat: its overview.
		Person staff = pilot.person("staff", Set.of(Actor.SECRETARIAT));
		assertThat(location(new PageClient(port).signIn(staff.email(), TestAccounts.PASSWORD))).isEqualTo("/pilot/overview");

		// A DFP with a request waiting: its inbox; an SME's representative: the company's page.
		Person dfp = pilot.dfp("BW");
		Person rep = pilot.person("rep-bw", Set.of());
		String org = pilot.sme(rep, "Gaborone Sensors (Pty) Ltd", "BW", 10, 1000, "BWP");
		assertThat(pilot.submit(rep, org, "ITU-T-SG20").status()).isEqualTo(201);
		assertThat(location(new PageClient(port).signIn(dfp.email(), TestAccounts.PASSWORD))).isEqualTo("/pilot/inbox");
		assertThat(location(new PageClient(port).signIn(rep.email(), TestAccounts.PASSWORD))).isEqualTo("/pilot");

		// A DFP with no request but a registration to validate: the validation list.
		Person other = pilot.dfp("ZW");
		Person delegate = pilot.person("delegate-zw", Set.of());
		String administration = pilot.administrationOf("ZW");
		assertThat(api.bearer(pilot.secretariat()).post("/api/v1/organizations/" + administration + "/members",
				Map.of("accountId", delegate.id())).status()).isEqualTo(201);
		LocalDate today = LocalDate.now();
		Map<String, Object> meeting = new HashMap<>(Map.of("studyGroup", "ITU-T-SG5", "kind", "STUDY_GROUP", "title", "SG5 in Harare",
				"startDate", today.plusDays(30).toString(), "endDate", today.plusDays(34).toString(), "city", "Geneva",
				"country", "CH", "remoteParticipation", true, "registrationOpens", today.minusDays(1).toString(),
				"registrationCloses", today.plusDays(20).toString()));
		String meetingId = api.bearer(pilot.secretariat()).post("/api/v1/meetings", meeting).json().path("id").asString();
		Api.Response registered = api.bearer(delegate.token()).post("/api/v1/meetings/" + meetingId + "/registrations",
				Map.of("organizationId", administration, "mode", "REMOTE", "visaSupport", false));
		assertThat(registered.status()).as("%s", registered).isEqualTo(201);
		assertThat(location(new PageClient(port).signIn(other.email(), TestAccounts.PASSWORD))).isEqualTo("/meetings/validation");

		// A new account without any organisation: the home page, which shows the next step.
		Person newcomer = pilot.person("newcomer", Set.of());
		PageClient browser = new PageClient(port);
		assertThat(location(browser.signIn(newcomer.email(), TestAccounts.PASSWORD))).isEqualTo("/");
		assertThat(browser.get("/").body()).contains("id=\"next-step\"").contains("Enter your company");
		// Its representative's next step, once the company is entered, is the request.
		PageClient representative = new PageClient(port);
		Person founder = pilot.person("founder", Set.of());
		pilot.sme(founder, "Francistown Labs", "BW", 5, 100, "BWP");
		representative.signIn(founder.email(), TestAccounts.PASSWORD);
		assertThat(representative.get("/").body()).contains("Ask to join study groups");
	}
}
