package org.sgbridge.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.sgbridge.testing.Api;
import org.sgbridge.testing.PageClient;
import org.sgbridge.testing.PilotFixtures;
import org.sgbridge.testing.PilotFixtures.Person;
import org.sgbridge.testing.TestAccounts;

/** Meetings, delegates, SMEs and registrations for the page tests of this module, made through the API. */
final class MeetingFixtures {

	private final Api api;
	private final PilotFixtures pilot;
	private final int port;

	MeetingFixtures(Api api, PilotFixtures pilot, int port) {
		this.api = api;
		this.pilot = pilot;
		this.port = port;
	}

	Api staff() {
		return api.bearer(pilot.secretariat());
	}

	/**
	 * A meeting in Geneva that starts in {@code start} days (negative: in the past) and lasts {@code days}
	 * days; registration opens a month before it (yesterday at the latest) and closes the day before.
	 */
	String meeting(String group, String title, int start, int days, Integer capacity) {
		LocalDate today = LocalDate.now();
		LocalDate first = today.plusDays(start);
		LocalDate opens = first.minusDays(30).isBefore(today.minusDays(1)) ? first.minusDays(30) : today.minusDays(1);
		return meeting(group, "STUDY_GROUP", title, first, first.plusDays(days - 1), opens, first.minusDays(1), "Geneva",
				capacity);
	}

	String meeting(String group, String kind, String title, LocalDate start, LocalDate end, LocalDate opens, LocalDate closes,
			String city, Integer capacity) {
		Map<String, Object> body = new HashMap<>(Map.of("studyGroup", group, "kind", kind, "title", title,
				"startDate", start.toString(), "endDate", end.toString(), "remoteParticipation", true,
				"registrationOpens", (opens.isAfter(closes) ? closes : opens).toString(), "registrationCloses", closes.toString()));
		if (city != null) {
			body.put("city", city);
			body.put("country", "CH");
		}
		if (capacity != null) {
			body.put("capacity", capacity);
		}
		Api.Response created = staff().post("/api/v1/meetings", body);
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		return created.json().path("id").asString();
	}

	/** A delegate of that Member State's Administration. */
	Person delegate(String prefix, String country) {
		Person delegate = pilot.person(prefix, Set.of());
		assertThat(staff().post("/api/v1/organizations/" + pilot.administrationOf(country) + "/members",
				Map.of("accountId", delegate.id())).status()).isEqualTo(201);
		return delegate;
	}

	/** An SME of the country, its representative, approved by the country's DFP for {@code approved} and waiting for {@code waiting}. */
	String sme(Person representative, String name, String country, Person dfp, String[] approved, String... waiting) {
		String sme = pilot.sme(representative, name, country, 20, 1_000_000, "EUR");
		if (approved.length > 0) {
			String request = pilot.submit(representative, sme, approved).json().path("id").asString();
			assertThat(pilot.decide(dfp, request, "APPROVE", null).status()).isEqualTo(200);
		}
		if (waiting.length > 0) {
			assertThat(pilot.submit(representative, sme, waiting).status()).isEqualTo(201);
		}
		return sme;
	}

	Api.Response register(Person who, String meetingId, String organizationId, String mode) {
		return api.bearer(who.token()).post("/api/v1/meetings/" + meetingId + "/registrations",
				Map.of("organizationId", organizationId, "mode", mode, "visaSupport", false));
	}

	String registered(Person who, String meetingId, String organizationId, String mode) {
		Api.Response r = register(who, meetingId, organizationId, mode);
		assertThat(r.status()).as("%s", r).isEqualTo(201);
		return r.json().path("id").asString();
	}

	PageClient signedIn(Person person) {
		PageClient client = new PageClient(port);
		assertThat(client.signIn(person.email(), TestAccounts.PASSWORD).statusCode()).isEqualTo(302);
		return client;
	}

	/** The HTML of the element with that id (up to the end of its line or of the next closing tag of its kind, for asserting). */
	static String element(String html, String id) {
		int at = html.indexOf("id=\"" + id + "\"");
		assertThat(at).as("an element with id %s", id).isNotNegative();
		int start = html.lastIndexOf('<', at);
		String tag = html.substring(start + 1, html.indexOf(' ', start)).replace(">", "");
		int depth = 0;
		int i = start;
		while (i < html.length()) {
			int open = html.indexOf("<" + tag, i + 1);
			int close = html.indexOf("</" + tag + ">", i + 1);
			if (close < 0) {
				return html.substring(start);
			}
			if (open >= 0 && open < close) {
				depth++;
				i = open;
			}
			else if (depth == 0) {
				return html.substring(start, close + tag.length() + 3);
			}
			else {
				depth--;
				i = close;
			}
		}
		return html.substring(start);
	}

	/** The first table row that holds this text. */
	static String row(String html, String text) {
		int from = 0;
		while (true) {
			int start = html.indexOf("<tr", from);
			assertThat(start).as("a row with %s", text).isNotNegative();
			int end = html.indexOf("</tr>", start);
			String row = html.substring(start, end + 5);
			if (row.contains(text)) {
				return row;
			}
			from = end;
		}
	}
}
