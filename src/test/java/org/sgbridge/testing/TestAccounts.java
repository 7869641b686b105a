package org.sgbridge.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sgbridge.account.AccountManagement;

/** Creates accounts and reads their mail the way a user and an administrator would. */
public final class TestAccounts {

	public static final String PASSWORD = "correct horse battery staple";

	private final AccountManagement accounts;
	private final Api api;
	private String adminToken;

	public TestAccounts(AccountManagement accounts, Api api) {
		this.accounts = accounts;
		this.api = api;
	}

	public static String uniqueEmail(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

	/** An active administrator's API token (created once per instance). */
	public String adminToken() {
		if (adminToken == null) {
			String email = uniqueEmail("admin");
			accounts.createActive(email, PASSWORD, "Test Administrator", Set.of("ADMIN"), "en");
			adminToken = token(email, PASSWORD);
		}
		return adminToken;
	}

	public String token(String email, String password) {
		Api.Response response = api.post("/api/v1/tokens", Map.of("email", email, "password", password));
		assertThat(response.status()).as("token for %s: %s", email, response).isEqualTo(201);
		return response.json().path("token").asString();
	}

	/** The newest mail to an address, read through the administrators' mail API. */
	public Api.Response latestMail(String to) {
		Api.Response mail = api.bearer(adminToken()).get("/api/v1/admin/mail?to=" + to);
		assertThat(mail.status()).isEqualTo(200);
		assertThat(mail.json().path("items").size()).as("mail to %s", to).isGreaterThan(0);
		return mail;
	}

	/** The token of the newest link mailed to an address ({@code ...?token=<token>}). */
	public String tokenFromLatestMail(String to) {
		String body = latestMail(to).json().path("items").get(0).path("body").asString();
		Matcher m = Pattern.compile("\\?token=([A-Za-z0-9_-]{32,})").matcher(body);
		assertThat(m.find()).as("a link with a token in: %s", body).isTrue();
		return m.group(1);
	}

	/** Signs up through the API and verifies through the mailed link; returns an API token. */
	public String signUpAndVerify(String email, String name) {
		Api.Response created = api.post("/api/v1/accounts",
				Map.of("email", email, "password", PASSWORD, "name", name, "locale", "en"));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		Api.Response verified = api.post("/api/v1/accounts/verification", Map.of("token", tokenFromLatestMail(email)));
		assertThat(verified.status()).as("%s", verified).isEqualTo(200);
		return token(email, PASSWORD);
	}
}
