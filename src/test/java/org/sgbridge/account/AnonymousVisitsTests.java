package org.sgbridge.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PageClient;
import org.sgbridge.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A visitor who is not signed in costs no session (sessions are rows of the database, through
 * Spring Session): not on the public pages, not when a protected page sends it to sign in, which
 * then still leads back to the page asked for.
 */
class AnonymousVisitsTests extends ApiTest {

	@Autowired
	JdbcClient jdbc;

	/** A visitor's first request: no cookie of an earlier visit, no redirect followed. */
	private HttpResponse<String> firstVisit(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept-Language", "en").build(),
					HttpResponse.BodyHandlers.ofString());
	}

	private long sessions() {
		return jdbc.sql("SELECT COUNT(*) FROM spring_session").query(Long.class).single();
	}

	private String meeting() {
		LocalDate start = LocalDate.now().plusDays(40);
		Map<String, Object> body = Map.of("studyGroup", "ITU-T-SG20", "kind", "STUDY_GROUP", "title", "Anonymous visit",
				"startDate", start.toString(), "endDate", start.plusDays(2).toString(), "city", "Geneva", "country", "CH",
				"registrationOpens", LocalDate.now().minusDays(1).toString(), "registrationCloses", start.minusDays(1).toString());
		var created = api.bearer(pilot.secretariat()).post("/api/v1/meetings", body);
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		return created.json().path("id").asString();
	}

	@Test
	void publicPagesAndTheWayToSignInCreateNoSession() throws Exception {
		String meeting = meeting();
		List<String> pages = List.of("/", "/meetings", "/meetings?past=true", "/meetings/" + meeting, "/study-groups",
				"/study-groups/ITU-T-SG20", "/privacy", "/no/such/page");
		List<String> protectedPages = List.of("/account", "/meetings/registrations?from=mail", "/reports/pilot",
				"/meetings/validation", "/contributions", "/focal-points");
		long before = sessions();
		for (String page : pages) {
			HttpResponse<String> response = firstVisit(page);
			assertThat(response.statusCode()).as(page).isIn(200, 404);
			assertThat(response.headers().allValues("Set-Cookie")).as(page).noneMatch(c -> c.startsWith("SESSION="));
		}
		for (String page : protectedPages) {
			HttpResponse<String> response = firstVisit(page);
			assertThat(response.statusCode()).as(page).isEqualTo(302);
			assertThat(response.headers().firstValue("Location")).as(page).hasValueSatisfying(l -> assertThat(l).endsWith("/signin"));
			assertThat(response.headers().allValues("Set-Cookie")).as(page).noneMatch(c -> c.startsWith("SESSION="));
		}
		assertThat(sessions()).as("session rows after %d anonymous visits", pages.size() + protectedPages.size())
			.isEqualTo(before);
	}

	@Test
	void signInStillLeadsBackToTheProtectedPageAskedFor() {
		String email = pilot.person("asked-for", Set.of()).email();
		PageClient browser = new PageClient(port);
		HttpResponse<String> asked = browser.get("/meetings/registrations?from=mail");
		assertThat(asked.statusCode()).isEqualTo(302);
		assertThat(asked.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("SESSION="));
		HttpResponse<String> signedIn = browser.signIn(email, TestAccounts.PASSWORD);
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/meetings/registrations?from=mail"));
		assertThat(browser.get("/meetings/registrations?from=mail").statusCode()).isEqualTo(200);
		// Once used, the page asked for is forgotten: the next sign-in lands where the account's work waits.
		PageClient again = new PageClient(port);
		again.get("/meetings/registrations?from=mail");
		assertThat(again.signIn(email, TestAccounts.PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/meetings/registrations?from=mail"));
		assertThat(again.signIn(email, TestAccounts.PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).doesNotEndWith("/meetings/registrations?from=mail"));
	}
}
