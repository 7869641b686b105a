package org.sgbridge.bsg;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PilotFixtures.Person;
import org.sgbridge.testing.TestFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * API.md "Bridging the Standardization Gap", fellowships: a delegate applies from its registration,
 * its state's DFP endorses, the secretariat awards within the budget and the caps (in units), even
 * when awards race; every refusal names its rule; each role sees and does only what it may; the
 * holder's obligations are read from the data once the meeting has ended.
 */
class FellowshipApiTests extends ApiTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FellowshipReminders reminders;

	Api staff;

	@BeforeEach
	void setUp() {
		staff = api.bearer(pilot.secretariat());
	}

	// --- fixtures, made through the API ---

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

	private void at(LocalDate day) {
		clock.setInstant(day.atTime(9, 0).toInstant(ZoneOffset.UTC));
	}

	/** A meeting of ITU-T SG20 in Geneva, of {@code days} days; registration open from yesterday to the eve of its first day. */
	private String meeting(LocalDate start, int days) {
		Map<String, Object> body = new HashMap<>(Map.of("studyGroup", "ITU-T-SG20", "kind", "STUDY_GROUP",
				"title", "SG20 fellowship test " + start, "startDate", start.toString(),
				"endDate", start.plusDays(days - 1).toString(), "city", "Geneva", "country", "CH", "remoteParticipation", true,
				"registrationOpens", today().minusDays(1).toString(), "registrationCloses", start.minusDays(1).toString()));
		Api.Response created = staff.post("/api/v1/meetings", body);
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		return created.json().path("id").asString();
	}

	/** A delegate of the state's Administration. */
	private Person delegate(String country) {
		Person delegate = pilot.person("delegate-" + country.toLowerCase(), Set.of());
		assertThat(staff.post("/api/v1/organizations/" + pilot.administrationOf(country) + "/members",
				Map.of("accountId", delegate.id())).status()).isEqualTo(201);
		return delegate;
	}

	private String register(Person who, String meetingId, String country) {
		Api.Response r = api.bearer(who.token()).post("/api/v1/meetings/" + meetingId + "/registrations",
				Map.of("organizationId", pilot.administrationOf(country), "mode", "IN_PERSON", "visaSupport", false));
		assertThat(r.status()).as("%s", r).isEqualTo(201);
		return r.json().path("id").asString();
	}

	private Api.Response openCall(Api as, String meetingId, Object amount, String currency, LocalDate closes) {
		return as.post("/api/v1/fellowship-calls", Map.of("meetingId", meetingId,
				"budget", Map.of("amount", amount, "currency", currency), "closes", closes.toString()));
	}

	private String call(String meetingId, String budget, LocalDate closes) {
		Api.Response created = openCall(staff, meetingId, budget, "CHF", closes);
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		return created.json().path("id").asString();
	}

	private Api.Response apply(Person who, String callId, String country, String kind) {
		return api.bearer(who.token()).post("/api/v1/fellowship-calls/" + callId + "/applications",
				Map.of("organizationId", pilot.administrationOf(country), "kind", kind,
						"intendedContribution", "A proposal on QoS of mobile money"));
	}

	private String applied(Person who, String callId, String country, String kind) {
		Api.Response r = apply(who, callId, country, kind);
		assertThat(r.status()).as("%s", r).isEqualTo(201);
		return r.json().path("id").asString();
	}

	private Api.Response endorse(Person who, String applicationId, String decision, String reason) {
		Map<String, Object> body = new HashMap<>(Map.of("decision", decision));
		if (reason != null) {
			body.put("reason", reason);
		}
		return api.bearer(who.token()).post("/api/v1/fellowship-applications/" + applicationId + "/endorsement", body);
	}

	private String endorsed(Person dfp, Person who, String callId, String country, String kind) {
		String id = applied(who, callId, country, kind);
		Api.Response r = endorse(dfp, id, "APPROVE", null);
		assertThat(r.status()).as("%s", r).isEqualTo(200);
		return id;
	}

	private Api.Response award(Api as, String applicationId, String kind, Object amount, String currency) {
		return as.post("/api/v1/fellowship-applications/" + applicationId + "/award", Map.of("decision", "AWARD",
				"kind", kind, "amount", Map.of("amount", amount, "currency", currency)));
	}

	private Api.Response award(String applicationId, String kind, Object amount) {
		return award(staff, applicationId, kind, amount, "CHF");
	}

	private JsonNode list(Api as, String callId) {
		Api.Response r = as.get("/api/v1/fellowship-applications?callId=" + callId);
		assertThat(r.status()).as("%s", r).isEqualTo(200);
		return r.json();
	}

	private static JsonNode item(JsonNode list, String id) {
		for (JsonNode item : list.path("items")) {
			if (item.path("id").asString().equals(id)) {
				return item;
			}
		}
		throw new AssertionError("no application " + id + " in " + list);
	}

	private static void refused(Api.Response r, int status, String slug) {
		assertThat(r.status()).as("%s", r).isEqualTo(status);
		assertThat(r.problem()).as("%s", r).isEqualTo(slug);
	}

	// --- behaviour ---

	@Test
	void aDelegateAppliesFromItsRegistrationItsDfpEndorsesAndTheSecretariatAwards() {
		Person dfpEt = pilot.dfp("ET");
		Person ethiopian = delegate("ET");
		Person kenyan = delegate("KE");
		String meeting = meeting(today().plusDays(30), 3);
		String call = call(meeting, "10000", today().plusDays(20));

		JsonNode opened = staff.get("/api/v1/fellowship-calls/" + call).json();
		assertThat(opened.path("meetingId").asString()).isEqualTo(meeting);
		assertThat(opened.path("budget").path("amount").decimalValue()).isEqualByComparingTo("10000");
		assertThat(opened.path("budget").path("currency").asString()).isEqualTo("CHF");
		assertThat(opened.path("committed").path("amount").decimalValue()).isZero();
		assertThat(opened.path("remaining").path("amount").decimalValue()).isEqualByComparingTo("10000");
		assertThat(opened.path("closes").asString()).isEqualTo(today().plusDays(20).toString());

		register(ethiopian, meeting, "ET");
		register(kenyan, meeting, "KE");
		Api.Response applied = apply(ethiopian, call, "ET", "FULL");
		assertThat(applied.status()).as("%s", applied).isEqualTo(201);
		JsonNode application = applied.json();
		assertThat(application.path("status").asString()).isEqualTo("SUBMITTED");
		assertThat(application.path("eligibility").asString()).isEqualTo("LDC");
		assertThat(application.path("memberState").asString()).isEqualTo("ET");
		assertThat(application.path("organizationId").asString()).isEqualTo(pilot.administrationOf("ET"));
		assertThat(application.path("accountId").asString()).isEqualTo(ethiopian.id());
		String id = application.path("id").asString();
		assertThat(mailbox.to(dfpEt.email(), 5)).as("the DFPs of the state are asked")
			.anySatisfy(m -> assertThat(m.subject()).contains("A fellowship application to endorse"));

		Api.Response developing = apply(kenyan, call, "KE", "PARTIAL");
		assertThat(developing.json().path("eligibility").asString()).as("%s", developing).isEqualTo("DEVELOPING");

		Api.Response endorsement = endorse(dfpEt, id, "APPROVE", null);
		assertThat(endorsement.status()).as("%s", endorsement).isEqualTo(200);
		assertThat(endorsement.json().path("status").asString()).isEqualTo("ENDORSED");
		assertThat(mailbox.to(ethiopian.email(), 5))
			.anySatisfy(m -> assertThat(m.subject()).contains("Your fellowship application is endorsed"));

		Api.Response awarded = award(id, "FULL", 4500.5);
		assertThat(awarded.status()).as("%s", awarded).isEqualTo(200);
		assertThat(awarded.json().path("status").asString()).isEqualTo("AWARDED");
		assertThat(awarded.json().path("kind").asString()).isEqualTo("FULL");
		assertThat(awarded.json().path("amount").path("amount").decimalValue()).isEqualByComparingTo("4500.50");
		assertThat(awarded.json().path("amount").path("currency").asString()).isEqualTo("CHF");
		assertThat(mailbox.to(ethiopian.email(), 5)).as("the applicant is told")
			.anySatisfy(m -> assertThat(m.body()).contains("Fellowship: full").contains("CHF 4,500.50"));

		JsonNode after = staff.get("/api/v1/fellowship-calls/" + call).json();
		assertThat(after.path("committed").path("amount").decimalValue()).isEqualByComparingTo("4500.50");
		assertThat(after.path("remaining").path("amount").decimalValue()).isEqualByComparingTo("5499.50");

		JsonNode all = list(staff, call);
		assertThat(all.path("total").asInt()).isEqualTo(2);
		assertThat(all.path("page").asInt()).isZero();
		assertThat(all.path("size").asInt()).isEqualTo(50);
		assertThat(item(all, id).path("obligations").path("contribution").asString()).isEqualTo("PENDING");
		assertThat(item(all, id).path("obligations").path("attendance").asString()).isEqualTo("PENDING");
		assertThat(item(all, developing.json().path("id").asString()).path("obligations").isNull())
			.as("no obligations before an award").isTrue();

		List<String> actions = new ArrayList<>();
		staff.get("/api/v1/audit?subject=" + id).json().path("items").forEach(e -> actions.add(e.path("action").asString()));
		assertThat(actions).contains("FELLOWSHIP_APPLICATION_SUBMITTED", "FELLOWSHIP_APPLICATION_ENDORSED",
				"FELLOWSHIP_APPLICATION_AWARDED");
		assertThat(staff.get("/api/v1/audit?subject=" + call).json().path("items").get(0).path("action").asString())
			.isEqualTo("FELLOWSHIP_CALL_OPENED");
	}

	@Test
	void eachRefusalNamesItsRule() {
		Person dfpEt = pilot.dfp("ET");
		Person ethiopian = delegate("ET");
		Person french = delegate("FR");
		Person unregistered = delegate("ET");
		Person cancelled = delegate("ET");
		Person refusedOne = delegate("ET");
		Person declinedOne = delegate("ET");
		Person late = delegate("ET");
		Person later = delegate("ET");
		// Applications are taken on the closing day itself: this call closes today.
		LocalDate closes = today();
		String meeting = meeting(today().plusDays(30), 2);
		String call = call(meeting, "1000", closes);
		register(ethiopian, meeting, "ET");
		register(french, meeting, "FR");
		register(refusedOne, meeting, "ET");
		register(declinedOne, meeting, "ET");
		register(late, meeting, "ET");
		String cancelledRegistration = register(cancelled, meeting, "ET");
		assertThat(api.bearer(cancelled.token()).delete("/api/v1/registrations/" + cancelledRegistration).status()).isEqualTo(200);

		refused(apply(unregistered, call, "ET", "FULL"), 422, "not-registered");
		refused(apply(cancelled, call, "ET", "FULL"), 422, "not-registered");
		Api.Response france = apply(french, call, "FR", "FULL");
		refused(france, 422, "not-eligible");
		assertThat(france.json().path("detail").asString()).contains("France");
		Api.Response half = apply(late, call, "ET", "HALF");
		refused(half, 400, "invalid-input");
		assertThat(half.json().path("errors").get(0).path("field").asString()).isEqualTo("kind");

		String id = applied(ethiopian, call, "ET", "FULL");
		refused(apply(ethiopian, call, "ET", "PARTIAL"), 409, "already-applied");
		refused(award(id, "FULL", 500), 422, "not-endorsed");
		refused(endorse(dfpEt, id, "REJECT", null), 422, "reason-required");
		refused(endorse(dfpEt, id, "MAYBE", null), 400, "invalid-input");
		assertThat(endorse(dfpEt, id, "APPROVE", null).status()).isEqualTo(200);
		refused(endorse(dfpEt, id, "REJECT", "Changed our mind"), 409, "already-decided");

		Api.Response euros = award(staff, id, "FULL", 500, "EUR");
		refused(euros, 400, "invalid-input");
		assertThat(euros.json().path("errors").get(0).path("field").asString()).isEqualTo("amount.currency");
		refused(award(staff, id, "FULL", 0, "CHF"), 400, "invalid-input");
		refused(award(staff, id, "FULL", -5, "CHF"), 400, "invalid-input");
		refused(award(id, "FULL", "10.005"), 400, "invalid-input");
		refused(award(id, "FULL", "1000.01"), 409, "budget-exhausted");
		assertThat(award(id, "PARTIAL", "1000").status()).isEqualTo(200);
		refused(award(id, "PARTIAL", "1"), 409, "already-decided");
		refused(staff.post("/api/v1/fellowship-applications/" + id + "/award", Map.of("decision", "DECLINE", "reason", "No")),
				409, "already-decided");

		String refusedId = applied(refusedOne, call, "ET", "PARTIAL");
		Api.Response notEndorsed = endorse(dfpEt, refusedId, "REJECT", "Not a member of the national delegation");
		assertThat(notEndorsed.json().path("status").asString()).as("%s", notEndorsed).isEqualTo("NOT_ENDORSED");
		assertThat(mailbox.to(refusedOne.email(), 5))
			.anySatisfy(m -> assertThat(m.body()).contains("Not a member of the national delegation"));
		refused(award(refusedId, "PARTIAL", "1"), 422, "not-endorsed");

		String declinedId = applied(declinedOne, call, "ET", "PARTIAL");
		refused(staff.post("/api/v1/fellowship-applications/" + declinedId + "/award", Map.of("decision", "DECLINE")), 422,
				"reason-required");
		Api.Response declined = staff.post("/api/v1/fellowship-applications/" + declinedId + "/award",
				Map.of("decision", "DECLINE", "reason", "The budget is committed"));
		assertThat(declined.json().path("status").asString()).as("%s", declined).isEqualTo("DECLINED");
		assertThat(declined.json().path("reason").asString()).isEqualTo("The budget is committed");
		assertThat(mailbox.to(declinedOne.email(), 5)).anySatisfy(m -> assertThat(m.subject()).contains("Fellowship not awarded"));

		assertThat(apply(late, call, "ET", "PARTIAL").status()).as("open on its closing day").isEqualTo(201);
		String closedMeeting = meeting(today().plusDays(20), 2);
		String closedCall = call(closedMeeting, "1000", today().minusDays(1));
		register(later, closedMeeting, "ET");
		Api.Response closed = apply(later, closedCall, "ET", "PARTIAL");
		refused(closed, 422, "call-closed");
		assertThat(closed.json().path("detail").asString()).contains(org.sgbridge.platform.Dates.format(today().minusDays(1),
				java.util.Locale.ENGLISH));

		refused(openCall(staff, meeting, 500, "CHF", closes), 409, "call-exists");
		LocalDate start = today().plusDays(60);
		String other = meeting(start, 1);
		Api.Response tooLate = openCall(staff, other, 500, "CHF", start);
		refused(tooLate, 400, "invalid-input");
		assertThat(tooLate.json().path("errors").get(0).path("field").asString()).isEqualTo("closes");
		Api.Response dollars = openCall(staff, other, 500, "USD", start.minusDays(1));
		refused(dollars, 400, "invalid-input");
		assertThat(dollars.json().path("errors").get(0).path("field").asString()).isEqualTo("budget.currency");
		refused(openCall(staff, other, 0, "CHF", start.minusDays(1)), 400, "invalid-input");
		refused(openCall(staff, "no-such-meeting", 500, "CHF", start.minusDays(1)), 400, "invalid-input");
		assertThat(staff.get("/api/v1/fellowship-calls/no-such-call").status()).isEqualTo(404);
	}

	@Test
	void eachRoleSeesAndDoesOnlyWhatItMay() {
		Person dfpEt = pilot.dfp("ET");
		Person dfpKe = pilot.dfp("KE");
		Person ethiopian = delegate("ET");
		Person kenyan = delegate("KE");
		Person outsider = pilot.person("outsider", Set.of());
		String meeting = meeting(today().plusDays(30), 2);
		refused(openCall(api.bearer(dfpEt.token()), meeting, 500, "CHF", today().plusDays(10)), 403, "forbidden");
		String call = call(meeting, "5000", today().plusDays(10));
		assertThat(api.get("/api/v1/fellowship-calls/" + call).status()).as("signed in only").isEqualTo(401);
		assertThat(api.bearer(outsider.token()).get("/api/v1/fellowship-calls/" + call).status()).isEqualTo(200);
		register(ethiopian, meeting, "ET");
		register(kenyan, meeting, "KE");
		String et = applied(ethiopian, call, "ET", "FULL");
		String ke = applied(kenyan, call, "KE", "PARTIAL");

		refused(endorse(dfpKe, et, "APPROVE", null), 403, "forbidden");
		refused(endorse(ethiopian, et, "APPROVE", null), 403, "forbidden");
		refused(endorse(outsider, et, "APPROVE", null), 403, "forbidden");
		Api.Response bySecretariat = staff.post("/api/v1/fellowship-applications/" + et + "/endorsement",
				Map.of("decision", "APPROVE"));
		refused(bySecretariat, 403, "forbidden");
		assertThat(endorse(dfpEt, et, "APPROVE", null).status()).isEqualTo(200);

		refused(award(api.bearer(dfpEt.token()), et, "FULL", 100, "CHF"), 403, "forbidden");
		refused(award(api.bearer(ethiopian.token()), et, "FULL", 100, "CHF"), 403, "forbidden");
		assertThat(award(et, "FULL", 100).status()).isEqualTo(200);

		assertThat(list(staff, call).path("items").findValuesAsString("id")).containsExactlyInAnyOrder(et, ke);
		assertThat(list(api.bearer(dfpEt.token()), call).path("items").findValuesAsString("id")).containsExactly(et);
		assertThat(list(api.bearer(dfpKe.token()), call).path("items").findValuesAsString("id")).containsExactly(ke);
		assertThat(list(api.bearer(kenyan.token()), call).path("items").findValuesAsString("id")).containsExactly(ke);
		assertThat(list(api.bearer(outsider.token()), call).path("total").asInt()).isZero();
		assertThat(api.get("/api/v1/fellowship-applications?callId=" + call).status()).isEqualTo(401);

		assertThat(api.bearer(dfpEt.token()).get("/api/v1/fellowship-applications/" + et).status()).isEqualTo(200);
		assertThat(api.bearer(ethiopian.token()).get("/api/v1/fellowship-applications/" + et).status()).isEqualTo(200);
		refused(api.bearer(dfpKe.token()).get("/api/v1/fellowship-applications/" + et), 403, "forbidden");
		refused(api.bearer(outsider.token()).get("/api/v1/fellowship-applications/" + et), 404, "not-found");
	}

	@Test
	void capsAreCountedInUnitsPerStateAndMeetingAndPerPersonAndYear() {
		Person dfpEt = pilot.dfp("ET");
		Person a = delegate("ET");
		Person b = delegate("ET");
		Person c = delegate("ET");
		Person d = delegate("ET");
		String meeting = meeting(today().plusDays(30), 2);
		String call = call(meeting, "100000", today().plusDays(10));
		for (Person p : List.of(a, b, c)) {
			register(p, meeting, "ET");
		}
		String appA = endorsed(dfpEt, a, call, "ET", "FULL");
		String appB = endorsed(dfpEt, b, call, "ET", "FULL");
		String appC = endorsed(dfpEt, c, call, "ET", "PARTIAL");
		Api.Response partial = award(appA, "PARTIAL", 800);
		assertThat(partial.json().path("kind").asString()).as("the awarded kind counts, not the one applied for")
			.isEqualTo("PARTIAL");
		Api.Response full = award(appB, "FULL", 3000);
		refused(full, 409, "fellowship-cap");
		assertThat(full.json().path("detail").asString()).contains("ET").contains("1 of 2");
		assertThat(award(appB, "PARTIAL", 800).status()).isEqualTo(200);
		refused(award(appC, "PARTIAL", 800), 409, "fellowship-cap");

		String another = meeting(today().plusDays(45), 2);
		String anotherCall = call(another, "100000", today().plusDays(20));
		register(d, another, "ET");
		assertThat(award(endorsed(dfpEt, d, anotherCall, "ET", "FULL"), "FULL", 3000).status())
			.as("the state's cap is per meeting").isEqualTo(200);

		// per person and calendar year of the meeting's first day
		Person dfpKe = pilot.dfp("KE");
		Person kenyan = delegate("KE");
		at(LocalDate.parse("2025-03-03"));
		String may = meeting(LocalDate.parse("2025-05-05"), 3);
		String september = meeting(LocalDate.parse("2025-09-08"), 3);
		String january = meeting(LocalDate.parse("2026-01-12"), 3);
		Map<String, String> calls = new HashMap<>();
		for (String m : List.of(may, september, january)) {
			register(kenyan, m, "KE");
			calls.put(m, endorsed(dfpKe, kenyan, call(m, "10000", LocalDate.parse("2025-04-20")), "KE", "FULL"));
		}
		assertThat(award(calls.get(may), "PARTIAL", 900).status()).isEqualTo(200);
		Api.Response yearFull = award(calls.get(september), "FULL", 2500);
		refused(yearFull, 409, "fellowship-cap");
		assertThat(yearFull.json().path("detail").asString()).contains("2025");
		assertThat(award(calls.get(september), "PARTIAL", 900).status()).isEqualTo(200);
		assertThat(award(calls.get(january), "FULL", 2500).status()).as("another calendar year").isEqualTo(200);
	}

	@Test
	void eligibilityIsJudgedOnTheMeetingsFirstDayFromTheMemberStatesHistory() {
		// Bhutan left the list of least developed countries on 13 December 2023 (member-states.csv).
		Person bhutanese = delegate("BT");
		at(LocalDate.parse("2023-10-02"));
		String before = meeting(LocalDate.parse("2023-12-11"), 3);
		String after = meeting(LocalDate.parse("2024-01-15"), 3);
		register(bhutanese, before, "BT");
		register(bhutanese, after, "BT");
		Api.Response stillLdc = apply(bhutanese, call(before, "5000", LocalDate.parse("2023-11-30")), "BT", "FULL");
		assertThat(stillLdc.json().path("eligibility").asString()).as("%s", stillLdc).isEqualTo("LDC");
		Api.Response graduated = apply(bhutanese, call(after, "5000", LocalDate.parse("2023-12-31")), "BT", "FULL");
		assertThat(graduated.json().path("eligibility").asString()).as("%s", graduated).isEqualTo("DEVELOPING");
	}

	@Test
	void theDevelopingFlagIsReadAsItStoodOnTheMeetingsFirstDay() {
		// Micronesia's flag changed by the secretariat on 1 March 2024 (and put back afterwards): a meeting before
		// that day still reads it as developing, one after it as it is since.
		Person micronesian = delegate("FM");
		try {
			at(LocalDate.parse("2024-03-01"));
			Api.Response changed = staff.patch("/api/v1/member-states/FM",
					Map.of("developing", false, "reason", "Test: reclassified"));
			assertThat(changed.status()).as("%s", changed).isEqualTo(200);
			at(LocalDate.parse("2024-01-10"));
			String before = meeting(LocalDate.parse("2024-02-12"), 2);
			String after = meeting(LocalDate.parse("2024-04-15"), 2);
			register(micronesian, before, "FM");
			register(micronesian, after, "FM");
			Api.Response then = apply(micronesian, call(before, "5000", LocalDate.parse("2024-02-01")), "FM", "PARTIAL");
			assertThat(then.json().path("eligibility").asString()).as("%s", then).isEqualTo("DEVELOPING");
			refused(apply(micronesian, call(after, "5000", LocalDate.parse("2024-04-01")), "FM", "PARTIAL"), 422,
					"not-eligible");
		}
		finally {
			clock.setInstant(null);
			assertThat(staff.patch("/api/v1/member-states/FM", Map.of("developing", true, "reason", "Test: put back"))
				.status()).isEqualTo(200);
		}
	}

	@Test
	void concurrentAwardsNeverPassTheBudgetNorACap() throws Exception {
		Person dfpEt = pilot.dfp("ET");
		Person dfpKe = pilot.dfp("KE");
		Person ethiopian = delegate("ET");
		Person kenyan = delegate("KE");
		Person ethiopian2 = delegate("ET");
		Person ethiopian3 = delegate("ET");
		String meeting = meeting(today().plusDays(30), 2);
		String call = call(meeting, "1000", today().plusDays(10));
		for (Person p : List.of(ethiopian, kenyan)) {
			register(p, meeting, p == kenyan ? "KE" : "ET");
		}
		String et = endorsed(dfpEt, ethiopian, call, "ET", "PARTIAL");
		String ke = endorsed(dfpKe, kenyan, call, "KE", "PARTIAL");
		List<Integer> statuses = race(() -> award(et, "PARTIAL", 600), () -> award(ke, "PARTIAL", 600));
		assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		JsonNode ledger = staff.get("/api/v1/fellowship-calls/" + call).json();
		assertThat(ledger.path("committed").path("amount").decimalValue()).isEqualByComparingTo("600");
		assertThat(ledger.path("remaining").path("amount").decimalValue()).isEqualByComparingTo("400");
		assertThat(list(staff, call).path("items").findValuesAsString("status")).containsExactlyInAnyOrder("AWARDED",
				"ENDORSED");

		String capped = meeting(today().plusDays(40), 2);
		String cappedCall = call(capped, "100000", today().plusDays(10));
		register(ethiopian2, capped, "ET");
		register(ethiopian3, capped, "ET");
		String first = endorsed(dfpEt, ethiopian2, cappedCall, "ET", "FULL");
		String second = endorsed(dfpEt, ethiopian3, cappedCall, "ET", "FULL");
		assertThat(race(() -> award(first, "FULL", 3000), () -> award(second, "FULL", 3000)))
			.as("one full fellowship per state and meeting, even when two race").containsExactlyInAnyOrder(200, 409);
	}

	/** Runs both calls at once; the statuses, each 409 checked for its slug (budget-exhausted or fellowship-cap). */
	private List<Integer> race(java.util.concurrent.Callable<Api.Response> one, java.util.concurrent.Callable<Api.Response> two)
			throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Api.Response>> answers = new ArrayList<>();
			for (java.util.concurrent.Callable<Api.Response> call : List.of(one, two)) {
				answers.add(pool.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Api.Response> answer : answers) {
				Api.Response r = answer.get();
				statuses.add(r.status());
				if (r.status() == 409) {
					assertThat(r.problem()).as("%s", r).isIn("budget-exhausted", "fellowship-cap");
				}
			}
			return statuses;
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void theDfpsOfAStateWithApplicationsWaitingAreRemindedOnceBeforeTheCallCloses() {
		Person dfpEt = pilot.dfp("ET");
		Person dfpKe = pilot.dfp("KE");
		Person ethiopian = delegate("ET");
		Person kenyan = delegate("KE");
		LocalDate start = today().plusDays(37);
		String meeting = meeting(start, 2);
		String title = "SG20 fellowship test " + start;
		LocalDate closes = today().plusDays(10);
		String call = call(meeting, "10000", closes);
		register(ethiopian, meeting, "ET");
		register(kenyan, meeting, "KE");
		applied(ethiopian, call, "ET", "PARTIAL");
		endorsed(dfpKe, kenyan, call, "KE", "PARTIAL");
		java.util.function.Function<Person, Long> reminded = dfp -> mailbox.to(dfp.email(), 20).stream()
			.filter(m -> m.subject().startsWith("Fellowship applications wait for your endorsement") && m.subject().contains(title))
			.count();

		reminders.remind();
		assertThat(reminded.apply(dfpEt)).as("ten days before the call closes").isZero();

		at(closes.minusDays(3));
		reminders.remind();
		assertThat(reminded.apply(dfpEt)).as("three days before, the DFP with an application waiting").isEqualTo(1);
		assertThat(mailbox.to(dfpEt.email(), 20)).anySatisfy(m -> assertThat(m.body()).contains("1 fellowship application(s)")
			.contains(title));
		assertThat(reminded.apply(dfpKe)).as("the DFP who endorsed everything of its state").isZero();

		at(closes.minusDays(1));
		reminders.remind();
		assertThat(reminded.apply(dfpEt)).as("once").isEqualTo(1);
	}

	@Test
	void obligationsAreReadFromTheDataOnceTheMeetingHasEnded() {
		Person dfpEt = pilot.dfp("ET");
		Person dfpKe = pilot.dfp("KE");
		Person dfpSn = pilot.dfp("SN");
		Person contributedAndAttended = delegate("ET");
		Person organisationContributed = delegate("KE");
		Person colleague = delegate("KE");
		Person neither = delegate("SN");
		LocalDate realToday = today();
		at(realToday.minusDays(40));
		LocalDate start = today().plusDays(10);
		String meeting = meeting(start, 3);
		String call = call(meeting, "5000", today().plusDays(5));
		Map<Person, Person> dfpOf = Map.of(contributedAndAttended, dfpEt, organisationContributed, dfpKe, colleague, dfpKe,
				neither, dfpSn);
		Map<Person, String> countryOf = Map.of(contributedAndAttended, "ET", organisationContributed, "KE", colleague, "KE",
				neither, "SN");
		Map<Person, String> registrations = new HashMap<>();
		for (Person p : List.of(contributedAndAttended, organisationContributed, colleague, neither)) {
			String registration = register(p, meeting, countryOf.get(p));
			registrations.put(p, registration);
			assertThat(api.bearer(dfpOf.get(p).token()).post("/api/v1/registrations/" + registration + "/validation",
					Map.of("decision", "APPROVE")).status()).isEqualTo(200);
		}
		Map<Person, String> fellowships = new HashMap<>();
		for (Person p : List.of(contributedAndAttended, organisationContributed, neither)) {
			String id = endorsed(dfpOf.get(p), p, call, countryOf.get(p), "PARTIAL");
			assertThat(award(id, "PARTIAL", 1000).status()).isEqualTo(200);
			fellowships.put(p, id);
		}
		assertThat(list(staff, call).path("items").findValuesAsString("contribution")).containsOnly("PENDING");

		assertThat(api.bearer(contributedAndAttended.token()).postMultipart("/api/v1/meetings/" + meeting + "/contributions",
				Map.of("title", "Proposal on mobile money QoS"), "c.pdf", TestFiles.pdf("mobile money QoS")).status())
			.isEqualTo(201);
		assertThat(api.bearer(colleague.token()).postMultipart("/api/v1/meetings/" + meeting + "/contributions",
				Map.of("title", "Kenya's national experience"), "k.pdf", TestFiles.pdf("national experience")).status())
			.as("a contribution of the holder's organisation, by a colleague").isEqualTo(201);
		// The check-in desk records one scan per day: one holder on each of the three days, another on the first only.
		String code = jdbc.sql("SELECT verification_code FROM registration WHERE id = :id")
			.param("id", registrations.get(contributedAndAttended)).query(String.class).single();
		String firstDayOnly = jdbc.sql("SELECT verification_code FROM registration WHERE id = :id")
			.param("id", registrations.get(organisationContributed)).query(String.class).single();
		at(start);
		assertThat(staff.post("/api/v1/check-ins", Map.of("code", code)).status()).isEqualTo(200);
		assertThat(staff.post("/api/v1/check-ins", Map.of("code", firstDayOnly)).status()).isEqualTo(200);
		at(start.plusDays(1));
		assertThat(staff.post("/api/v1/check-ins", Map.of("code", code)).status()).isEqualTo(200);

		at(start.plusDays(2));
		assertThat(staff.post("/api/v1/check-ins", Map.of("code", code)).status()).isEqualTo(200);
		JsonNode during = list(staff, call);
		assertThat(during.path("items").findValuesAsString("attendance")).as("until the meeting has ended").containsOnly("PENDING");

		clock.setInstant(null);
		JsonNode after = list(staff, call);
		assertThat(item(after, fellowships.get(contributedAndAttended)).path("obligations").toString())
			.isEqualTo("{\"contribution\":\"MET\",\"attendance\":\"MET\"}");
		assertThat(item(after, fellowships.get(organisationContributed)).path("obligations").toString())
			.as("checked in on the first day only").isEqualTo("{\"contribution\":\"MET\",\"attendance\":\"NOT_MET\"}");
		assertThat(item(after, fellowships.get(neither)).path("obligations").toString())
			.isEqualTo("{\"contribution\":\"NOT_MET\",\"attendance\":\"NOT_MET\"}");

		// The secretariat's list of holders who did not meet an obligation: the two, not the one who met both.
		Person reader = pilot.person("unmet-reader", Set.of("SECRETARIAT"));
		org.sgbridge.testing.PageClient page = new org.sgbridge.testing.PageClient(port);
		page.signIn(reader.email(), org.sgbridge.testing.TestAccounts.PASSWORD);
		String html = page.get("/fellowships").body();
		String unmet = html.substring(html.indexOf("id=\"unmet\""), html.indexOf("</table>", html.indexOf("id=\"unmet\"")));
		String title = "SG20 fellowship test " + start;
		assertThat(unmet.split(java.util.regex.Pattern.quote(title), -1)).as("rows of this meeting").hasSize(3);
		assertThat(page.get("/fellowships").body()).contains("id=\"ledger\"");
		org.sgbridge.testing.PageClient delegatePage = new org.sgbridge.testing.PageClient(port);
		delegatePage.signIn(neither.email(), org.sgbridge.testing.TestAccounts.PASSWORD);
		assertThat(delegatePage.get("/fellowships").body()).as("the secretariat's only").doesNotContain("id=\"unmet\"");
	}
}
