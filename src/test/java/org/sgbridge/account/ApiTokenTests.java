package org.sgbridge.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PageClient;
import org.sgbridge.testing.TestAccounts;
import tools.jackson.databind.JsonNode;

/** API.md "Documents, maps and tokens for integrators": one's tokens, their lifetime and revocation. */
class ApiTokenTests extends ApiTest {

	private String account(String prefix) {
		String email = TestAccounts.uniqueEmail(prefix);
		accounts.createActive(email, TestAccounts.PASSWORD, "Token User", Set.of(), "en");
		return email;
	}

	private JsonNode issue(String email) {
		Api.Response issued = api.post("/api/v1/tokens", Map.of("email", email, "password", TestAccounts.PASSWORD));
		assertThat(issued.status()).as("%s", issued).isEqualTo(201);
		return issued.json();
	}

	private Api as(JsonNode issued) {
		return api.bearer(issued.path("token").asString());
	}

	@Test
	void aTokenLastsTwentyFourHoursByDefault() {
		clock.setInstant(Instant.parse("2026-05-04T08:00:00Z"));
		JsonNode issued = issue(account("day"));
		assertThat(Instant.parse(issued.path("expiresAt").asString())).isEqualTo(Instant.parse("2026-05-05T08:00:00Z"));
		clock.setInstant(Instant.parse("2026-05-05T07:59:59Z"));
		assertThat(as(issued).get("/api/v1/me").status()).isEqualTo(200);
		clock.setInstant(Instant.parse("2026-05-05T08:00:00Z"));
		assertThat(as(issued).get("/api/v1/me").status()).isEqualTo(401);
	}

	@Test
	void oneListsOnesOwnTokensWithoutTheirSecretsAndTheCurrentOneMarked() {
		String email = account("list");
		JsonNode first = issue(email);
		JsonNode second = issue(email);
		issue(account("someone-else"));

		Api.Response list = as(second).get("/api/v1/tokens");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.json().path("total").asLong()).isEqualTo(2);
		assertThat(list.json().path("page").asInt()).isZero();
		assertThat(list.json().path("size").asInt()).isEqualTo(50);
		List<String> ids = new ArrayList<>();
		List<String> current = new ArrayList<>();
		for (JsonNode t : list.json().path("items")) {
			ids.add(t.path("id").asString());
			assertThat(t.has("token")).isFalse();
			assertThat(t.path("createdAt").asString()).isNotBlank();
			assertThat(t.path("expiresAt").asString()).isNotBlank();
			if (t.path("current").asBoolean()) {
				current.add(t.path("id").asString());
				assertThat(t.path("lastUsedAt").asString()).isNotBlank();
			}
		}
		assertThat(ids).containsExactlyInAnyOrder(first.path("id").asString(), second.path("id").asString());
		assertThat(current).containsExactly(second.path("id").asString());
		assertThat(list.body()).doesNotContain(first.path("token").asString()).doesNotContain(second.path("token").asString());
		assertThat(api.get("/api/v1/tokens").status()).isEqualTo(401);
	}

	@Test
	void aRevokedTokenIsRefusedAtOnceAndAnotherAccountsTokenIsNotFound() {
		String email = account("revoke");
		JsonNode first = issue(email);
		JsonNode second = issue(email);
		JsonNode stranger = issue(account("stranger"));

		Api.Response notTheirs = as(stranger).delete("/api/v1/tokens/" + first.path("id").asString());
		assertThat(notTheirs.status()).isEqualTo(404);
		assertThat(notTheirs.problem()).isEqualTo("not-found");
		assertThat(as(first).get("/api/v1/me").status()).isEqualTo(200);

		assertThat(as(second).delete("/api/v1/tokens/" + first.path("id").asString()).status()).isEqualTo(204);
		assertThat(as(first).get("/api/v1/me").status()).isEqualTo(401);
		assertThat(as(second).delete("/api/v1/tokens/current").status()).isEqualTo(204);
		assertThat(as(second).get("/api/v1/me").status()).isEqualTo(401);
		assertThat(as(stranger).get("/api/v1/me").status()).isEqualTo(200);
	}

	@Test
	void aPasswordChangeEndsEveryOtherSessionAndEveryToken() {
		String email = account("change");
		JsonNode token = issue(email);
		PageClient here = new PageClient(port);
		PageClient elsewhere = new PageClient(port);
		assertThat(here.signIn(email, TestAccounts.PASSWORD).statusCode()).isEqualTo(302);
		assertThat(elsewhere.signIn(email, TestAccounts.PASSWORD).statusCode()).isEqualTo(302);

		HttpResponse<String> changed = here.post("/account", "/account/password",
				Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword", "a brand new long passphrase"));
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(here.get("/account").statusCode()).isEqualTo(200);
		assertThat(elsewhere.get("/account").statusCode()).isEqualTo(302);
		assertThat(as(token).get("/api/v1/me").status()).isEqualTo(401);
	}

	@Test
	void theProfilePageListsOnesTokensAndRevokesOne() {
		String email = account("profile");
		JsonNode token = issue(email);
		String id = token.path("id").asString();
		PageClient browser = new PageClient(port);
		browser.signIn(email, TestAccounts.PASSWORD);
		String profile = browser.get("/account").body();
		assertThat(profile).contains("API tokens").contains("/account/tokens/" + id + "/revoke")
			.doesNotContain(token.path("token").asString());

		HttpResponse<String> revoked = browser.post("/account", "/account/tokens/" + id + "/revoke", Map.of());
		assertThat(revoked.statusCode()).isEqualTo(302);
		assertThat(as(token).get("/api/v1/me").status()).isEqualTo(401);
		assertThat(browser.get("/account").body()).contains("You have no API token in use.");
	}
}
