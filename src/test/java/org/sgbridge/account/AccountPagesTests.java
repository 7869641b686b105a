package org.sgbridge.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.sgbridge.SgBridgeApplication;
import org.sgbridge.notification.Mailbox;
import org.sgbridge.platform.Actor;
import org.sgbridge.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The pages over plain HTTP, as a browser without JavaScript uses them: sessions, CSRF, refusals. */
@SpringBootTest(classes = SgBridgeApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class AccountPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Mailbox mailbox;

	@Autowired
	JdbcClient jdbc;

	/** A browser-like client: keeps cookies, does not follow redirects. */
	class Client {

		final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		HttpResponse<String> get(String path) throws Exception {
			return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		}

		/** Posts a form with the CSRF token of the page it comes from. */
		HttpResponse<String> post(String formPage, String action, Map<String, String> fields) throws Exception {
			Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get(formPage).body());
			assertThat(csrf.find()).as("CSRF field on %s", formPage).isTrue();
			String body = fields.entrySet().stream()
				.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&")) + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
			return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + action))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> signIn(String email, String password) throws Exception {
			return post("/signin", "/signin", Map.of("email", email, "password", password));
		}
	}

	private String activeAccount(String prefix, Set<String> roles) {
		String email = TestAccounts.uniqueEmail(prefix);
		accounts.createActive(email, TestAccounts.PASSWORD, "Page User", roles, "en");
		return email;
	}

	@Test
	void signInKeepsTheSessionInTheDatabaseAndSignOutEndsIt() throws Exception {
		String email = activeAccount("session", Set.of());
		Client browser = new Client();
		HttpResponse<String> signedIn = browser.signIn(email, TestAccounts.PASSWORD);
		assertThat(signedIn.statusCode()).isEqualTo(302);
		// An account without any organisation lands on the home page, where its next step is shown.
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).matches("(https?://[^/]+)?/"));
		String accountId = accounts.findByEmail(email).orElseThrow().id();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = :p").param("p", accountId)
			.query(Integer.class).single()).isEqualTo(1);
		assertThat(browser.get("/account").body()).contains(email);

		HttpResponse<String> out = browser.post("/account", "/signout", Map.of());
		assertThat(out.statusCode()).isEqualTo(302);
		assertThat(browser.get("/account").statusCode()).isEqualTo(302);
	}

	@Test
	void signInLeadsBackToThePageAskedFor() throws Exception {
		String email = activeAccount("deeplink", Set.of());
		Client browser = new Client();
		HttpResponse<String> asked = browser.get("/meetings/registrations?from=mail");
		assertThat(asked.statusCode()).isEqualTo(302);
		HttpResponse<String> signedIn = browser.signIn(email, TestAccounts.PASSWORD);
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/meetings/registrations?from=mail"));
	}

	@Test
	void wrongPasswordShowsTheFormAgainWith401() throws Exception {
		String email = activeAccount("wrongpage", Set.of());
		HttpResponse<String> response = new Client().signIn(email, "not the right password");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains("id=\"form-errors\"").contains(email);
	}

	@Test
	void formWithoutCsrfTokenIsRefused() throws Exception {
		HttpResponse<String> response = new Client().http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/signup"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("email=a@b.org&name=A&password=long+enough+password")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("<h1").doesNotContain("Exception");
	}

	@Test
	void participantGetsAFriendly403OnAdministrationPages() throws Exception {
		String email = activeAccount("nosy", Set.of());
		Client browser = new Client();
		browser.signIn(email, TestAccounts.PASSWORD);
		HttpResponse<String> response = browser.get("/admin/mail?lang=fr");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("lang=\"fr\"").contains("<h1").doesNotContain("Exception");
	}

	@Test
	void signedOutVisitorIsSentToSignIn() throws Exception {
		HttpResponse<String> response = new Client().get("/account");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/signin"));
	}

	@Test
	void aRefusedEmailChangeTellsEveryMistakeAndKeepsTheAddressTyped() throws Exception {
		String email = activeAccount("typo", Set.of());
		Client browser = new Client();
		browser.signIn(email, TestAccounts.PASSWORD);
		HttpResponse<String> refused = browser.post("/account", "/account/email",
				Map.of("newEmail", "not-an-address", "currentPassword", "a wrong current one"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("id=\"newEmail-error\"").contains("id=\"emailCurrentPassword-error\"")
			.contains("value=\"not-an-address\"").doesNotContain("id=\"currentPassword-error\"");
	}

	@Test
	void emailChangeTakesEffectOnlyThroughTheLinkMailedToTheNewAddress() throws Exception {
		String email = activeAccount("mover", Set.of());
		String newEmail = TestAccounts.uniqueEmail("moved");
		Client browser = new Client();
		browser.signIn(email, TestAccounts.PASSWORD);
		HttpResponse<String> requested = browser.post("/account", "/account/email",
				Map.of("newEmail", newEmail, "currentPassword", TestAccounts.PASSWORD));
		assertThat(requested.statusCode()).isEqualTo(302);
		assertThat(accounts.findByEmail(email)).isPresent();
		assertThat(mailbox.to(email, 5)).anySatisfy(m -> assertThat(m.body()).contains(newEmail));
		Matcher link = Pattern.compile("\\?token=([A-Za-z0-9_-]{32,})").matcher(mailbox.to(newEmail, 1).get(0).body());
		assertThat(link.find()).isTrue();
		HttpResponse<String> confirmed = browser.post("/email/confirm?token=" + link.group(1), "/email/confirm",
				Map.of("token", link.group(1)));
		assertThat(confirmed.statusCode()).isEqualTo(200);
		assertThat(accounts.findByEmail(newEmail)).isPresent();
		assertThat(accounts.findByEmail(email)).isEmpty();
	}

	@Test
	void passwordChangeNeedsTheCurrentPassword() throws Exception {
		String email = activeAccount("changer", Set.of(Actor.SECRETARIAT));
		Client browser = new Client();
		browser.signIn(email, TestAccounts.PASSWORD);
		HttpResponse<String> refused = browser.post("/account", "/account/password",
				Map.of("currentPassword", "a wrong current one", "newPassword", "another long passphrase"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("id=\"currentPassword-error\"");
		HttpResponse<String> changed = browser.post("/account", "/account/password",
				Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword", "another long passphrase"));
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(accounts.authenticate(email, "another long passphrase", null, "192.0.2.50").email()).isEqualTo(email);
	}

	@Test
	void theMailboxSaysMailStaysThereWithoutAnSmtpServerAndAnAdministratorsSessionReadsMetrics() throws Exception {
		String email = activeAccount("boss", Set.of("ADMIN"));
		Client browser = new Client();
		browser.signIn(email, TestAccounts.PASSWORD);
		HttpResponse<String> mailbox = browser.get("/admin/mail");
		assertThat(mailbox.statusCode()).isEqualTo(200);
		assertThat(mailbox.body()).contains("No SMTP server is configured").doesNotContain("SMTP server localhost");
		assertThat(browser.get("/actuator/prometheus").statusCode()).isEqualTo(200);
		assertThat(new Client().get("/actuator/prometheus").statusCode()).isEqualTo(401);
	}
}
