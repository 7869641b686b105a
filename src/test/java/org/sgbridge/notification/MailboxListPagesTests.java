package org.sgbridge.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PageClient;
import org.sgbridge.testing.PageRows;
import org.sgbridge.testing.PilotFixtures.Person;
import org.sgbridge.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The administrator's mailbox on the page: newest first, searched by recipient or subject, filtered
 * by status, a page at a time with links that keep the query; for administrators only.
 */
class MailboxListPagesTests extends ApiTest {

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	private PageClient signedIn(Person person) {
		PageClient client = new PageClient(port);
		assertThat(client.signIn(person.email(), TestAccounts.PASSWORD).statusCode()).isEqualTo(302);
		return client;
	}

	/** Mails to {@code <name>-<word>@example.org} whose subject names the company {@code <Name> <word>}, a minute apart. */
	private void mails(String word, String... names) {
		Instant at = Instant.now().minusSeconds(3600);
		for (String name : names) {
			at = at.plusSeconds(60);
			clock.runAt(at, () -> transactions.executeWithoutResult(t -> mailbox.queue(name.toLowerCase(Locale.ROOT) + "-" + word
					+ "@example.org", Locale.ENGLISH, "pilot.invitation", name + " " + word, "https://example.org/signup")));
		}
	}

	private static List<String> subjects(String html) {
		List<String> subjects = new ArrayList<>();
		Matcher m = Pattern.compile("<h2 class=\"h6 mb-0\"[^>]*>(.*?)</h2>").matcher(html);
		while (m.find()) {
			subjects.add(PageRows.text(m.group(1)));
		}
		return subjects;
	}

	@Test
	void anAdministratorSearchesFiltersAndPagesTheMailNewestFirst() {
		String w = "m" + UUID.randomUUID().toString().substring(0, 8);
		mails(w, "Alpha", "Beta", "Gamma");
		jdbc.sql("UPDATE mail_outbox SET status = 'FAILED' WHERE recipient = :r").param("r", "beta-" + w + "@example.org").update();
		PageClient admin = signedIn(pilot.person("admin", Set.of("ADMIN")));

		HttpResponse<String> all = admin.get("/admin/mail?q=" + w);
		assertThat(all.statusCode()).isEqualTo(200);
		assertThat(subjects(all.body())).containsExactly("ITU invites Gamma " + w + " to join the SME pilot",
				"ITU invites Beta " + w + " to join the SME pilot", "ITU invites Alpha " + w + " to join the SME pilot");
		// By a part of the subject, of the recipient, in any case.
		assertThat(subjects(admin.get("/admin/mail?q=BETA+" + w).body())).containsExactly("ITU invites Beta " + w + " to join the SME pilot");
		assertThat(subjects(admin.get("/admin/mail?q=gamma-" + w + "%40example").body()))
			.containsExactly("ITU invites Gamma " + w + " to join the SME pilot");
		assertThat(subjects(admin.get("/admin/mail?status=FAILED&q=" + w).body()))
			.containsExactly("ITU invites Beta " + w + " to join the SME pilot");
		assertThat(subjects(admin.get("/admin/mail?status=SENT&q=" + w).body())).hasSize(2);
		// The older name of the search still works (bookmarks of ?to=).
		assertThat(subjects(admin.get("/admin/mail?to=alpha-" + w + "%40example.org").body())).hasSize(1);

		HttpResponse<String> second = admin.get("/admin/mail?q=" + w + "&size=1&page=2");
		assertThat(subjects(second.body())).containsExactly("ITU invites Beta " + w + " to join the SME pilot");
		assertThat(PageRows.links(second.body(), "nav", "pager"))
			.contains("/admin/mail?q=" + w + "&size=1", "/admin/mail?q=" + w + "&size=1&page=3");
		assertThat(admin.get("/admin/mail?q=nothing-like-this-" + w).body()).contains("id=\"mail-none\"");
	}

	@Test
	void badParametersAreSaidNeverA500() {
		PageClient admin = signedIn(pilot.person("admin", Set.of("ADMIN")));
		HttpResponse<String> bad = admin.get("/admin/mail?status=LOST&page=zero&size=-1");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("Status: this value is not one of the choices").contains("id=\"status-error\"");
		for (String query : List.of("q=%25%25", "q=" + "y".repeat(3000), "page=999999", "status=", "size=100")) {
			assertThat(admin.get("/admin/mail?" + query).statusCode()).as(query).isIn(200, 400);
		}
	}

	@Test
	void onlyAdministratorsReadTheMailbox() {
		assertThat(signedIn(pilot.person("staff", Set.of("SECRETARIAT"))).get("/admin/mail").statusCode()).isEqualTo(403);
		assertThat(signedIn(pilot.person("someone", Set.of())).get("/admin/mail?q=a").statusCode()).isEqualTo(403);
		assertThat(new PageClient(port).get("/admin/mail").statusCode()).isIn(302, 401);
	}
}
