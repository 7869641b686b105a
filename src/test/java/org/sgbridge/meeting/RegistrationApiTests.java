package org.sgbridge.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
import org.sgbridge.testing.PilotFixtures;
import org.sgbridge.testing.PilotFixtures.Person;
import org.sgbridge.testing.StatementCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** API.md "Meetings and registration": entitlement, validation by the right focal point, capacity. */
@Import(StatementCounter.Config.class)
class RegistrationApiTests extends ApiTest {

	Api staff;

	@Autowired
	StatementCounter statements;

	@BeforeEach
	void setUp() {
		staff = api.bearer(pilot.secretariat());
	}

	private String meeting(String group, String kind, Integer capacity) {
		LocalDate today = LocalDate.now();
		Map<String, Object> body = new HashMap<>(Map.of("studyGroup", group, "kind", kind, "title", kind + " of " + group,
				"startDate", today.plusDays(30).toString(), "endDate", today.plusDays(34).toString(), "city", "Geneva",
				"country", "CH", "remoteParticipation", true, "registrationOpens", today.minusDays(1).toString(),
				"registrationCloses", today.plusDays(20).toString()));
		if (capacity != null) {
			body.put("capacity", capacity);
		}
		Api.Response created = staff.post("/api/v1/meetings", body);
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		return created.json().path("id").asString();
	}

	private String entity(String kind, Map<String, Object> extra, Person member) {
		Map<String, Object> body = new HashMap<>(Map.of("name", kind + " " + member.email(), "kind", kind, "country", "FR"));
		body.putAll(extra);
		Api.Response created = staff.post("/api/v1/organizations", body);
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		String id = created.json().path("id").asString();
		assertThat(staff.post("/api/v1/organizations/" + id + "/members", Map.of("accountId", member.id())).status())
			.isEqualTo(201);
		return id;
	}

	private Api.Response register(Person who, String meetingId, String organizationId, String mode) {
		return api.bearer(who.token()).post("/api/v1/meetings/" + meetingId + "/registrations",
				Map.of("organizationId", organizationId, "mode", mode, "visaSupport", false));
	}

	@Test
	void entitlementPerKindOfEntity() {
		String sg16 = meeting("ITU-T-SG16", "RAPPORTEUR_GROUP", null);
		String sg20 = meeting("ITU-T-SG20", "STUDY_GROUP", null);
		String d1 = meeting("ITU-D-SG1", "STUDY_GROUP", null);
		String workshop = meeting("ITU-T-SG20", "WORKSHOP", null);

		Person delegate = pilot.person("delegate", Set.of());
		String adminOfFrance = api.get("/api/v1/member-states").json().path("items").findValues("code").stream()
			.filter(n -> n.asString().equals("FR")).findFirst().map(n -> "").orElse("");
		String administration = pilot.administrationOf("FR");
		assertThat(adminOfFrance).isEmpty();
		staff.post("/api/v1/organizations/" + administration + "/members", Map.of("accountId", delegate.id()));
		assertThat(register(delegate, d1, administration, "REMOTE").status()).isEqualTo(201);
		assertThat(register(delegate, sg16, administration, "IN_PERSON").status()).isEqualTo(201);

		Person employee = pilot.person("sector-member", Set.of());
		String sectorMember = entity("SECTOR_MEMBER", Map.of("sectors", List.of("ITU-T")), employee);
		assertThat(register(employee, sg20, sectorMember, "REMOTE").status()).isEqualTo(201);
		Api.Response notD = register(employee, d1, sectorMember, "REMOTE");
		assertThat(notD.status()).isEqualTo(422);
		assertThat(notD.problem()).isEqualTo("not-entitled");

		Person researcher = pilot.person("academia", Set.of());
		String academia = entity("ACADEMIA", Map.of(), researcher);
		assertThat(register(researcher, d1, academia, "REMOTE").status()).isEqualTo(201);

		Person associate = pilot.person("associate", Set.of());
		String associateOrg = entity("ASSOCIATE", Map.of("studyGroups", List.of("ITU-T-SG16")), associate);
		assertThat(register(associate, sg16, associateOrg, "REMOTE").status()).isEqualTo(201);
		assertThat(register(associate, sg20, associateOrg, "REMOTE").problem()).isEqualTo("not-entitled");

		Person promoter = pilot.person("association", Set.of());
		String association = api.bearer(promoter.token()).post("/api/v1/organizations",
				Map.of("name", "WITSA-like " + promoter.email(), "kind", "ASSOCIATION", "country", "FR")).json().path("id").asString();
		assertThat(register(promoter, workshop, association, "REMOTE").status()).isEqualTo(201);
		assertThat(register(promoter, sg20, association, "REMOTE").problem()).isEqualTo("not-entitled");

		Person dfp = pilot.dfp("FR");
		Person smeRep = pilot.person("sme", Set.of());
		String sme = pilot.sme(smeRep, "Lyon IoT", "FR", 10, 1_000_000, "EUR");
		assertThat(register(smeRep, sg20, sme, "REMOTE").problem()).as("not approved yet").isEqualTo("not-entitled");
		String request = pilot.submit(smeRep, sme, "ITU-T-SG20").json().path("id").asString();
		pilot.decide(dfp, request, "APPROVE", null);
		assertThat(register(smeRep, sg20, sme, "REMOTE").status()).isEqualTo(201);
		assertThat(register(smeRep, sg16, sme, "REMOTE").problem()).as("not approved for SG16").isEqualTo("not-entitled");
		assertThat(register(smeRep, workshop, sme, "REMOTE").status()).as("SG20's workshop").isEqualTo(201);

		Person outsider = pilot.person("outsider", Set.of());
		assertThat(register(outsider, sg20, sme, "REMOTE").status()).isEqualTo(403);
	}

	@Test
	void theSmesDfpValidatesAnotherCountrysDfpCannot() {
		String sg5 = meeting("ITU-T-SG5", "STUDY_GROUP", null);
		Person dfpIn = pilot.dfp("IN");
		Person dfpBr = pilot.dfp("BR");
		Person rep = pilot.person("sme-in", Set.of());
		String sme = pilot.sme(rep, "Pune Green ICT", "IN", 50, 10_000_000, "INR");
		pilot.decide(dfpIn, pilot.submit(rep, sme, "ITU-T-SG5").json().path("id").asString(), "APPROVE", null);
		Api.Response registered = register(rep, sg5, sme, "IN_PERSON");
		assertThat(registered.json().path("status").asString()).isEqualTo("PENDING_VALIDATION");
		String id = registered.json().path("id").asString();

		Api.Response wrong = api.bearer(dfpBr.token()).post("/api/v1/registrations/" + id + "/validation",
				Map.of("decision", "APPROVE"));
		assertThat(wrong.status()).isEqualTo(403);
		assertThat(wrong.problem()).isEqualTo("forbidden");
		assertThat(api.bearer(rep.token()).post("/api/v1/registrations/" + id + "/validation",
				Map.of("decision", "APPROVE")).status()).isEqualTo(403);

		Api.Response ok = api.bearer(dfpIn.token()).post("/api/v1/registrations/" + id + "/validation",
				Map.of("decision", "APPROVE"));
		assertThat(ok.json().path("status").asString()).isEqualTo("VALIDATED");
		Api.Response again = api.bearer(dfpIn.token()).post("/api/v1/registrations/" + id + "/validation",
				Map.of("decision", "REJECT", "reason", "late"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.problem()).isEqualTo("already-decided");

		Api.Response list = api.bearer(rep.token()).get("/api/v1/meetings/" + sg5 + "/participants");
		assertThat(list.json().path("items").findValuesAsString("name")).contains("sme-in");
		assertThat(api.get("/api/v1/meetings/" + sg5 + "/participants").status()).isEqualTo(401);
	}

	@Test
	void aDfpRegisteringItselfIsValidatedAtOnce() {
		String sg11 = meeting("ITU-T-SG11", "STUDY_GROUP", null);
		Person dfp = pilot.dfp("AR");
		String administration = pilot.administrationOf("AR");
		Api.Response r = register(dfp, sg11, administration, "IN_PERSON");
		assertThat(r.status()).isEqualTo(201);
		assertThat(r.json().path("status").asString()).isEqualTo("VALIDATED");
		Api.Response twice = register(dfp, sg11, administration, "REMOTE");
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.problem()).isEqualTo("already-registered");
	}

	@Test
	void aMeetingThatHasEndedKeepsItsRegistrationsAsTheyWere() {
		Person delegate = pilot.person("past", Set.of());
		String administration = pilot.administrationOf("CH");
		staff.post("/api/v1/organizations/" + administration + "/members", Map.of("accountId", delegate.id()));
		// Forty days ago: a working party that ended last week, registered for then.
		LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
		clock.setInstant(today.minusDays(40).atTime(9, 0).toInstant(java.time.ZoneOffset.UTC));
		Api.Response created = staff.post("/api/v1/meetings", Map.of("studyGroup", "ITU-T-SG11", "kind", "WORKING_PARTY",
				"title", "WP of last week", "startDate", today.minusDays(10).toString(), "endDate", today.minusDays(6).toString(),
				"city", "Geneva", "country", "CH", "remoteParticipation", true, "registrationOpens", today.minusDays(45).toString(),
				"registrationCloses", today.minusDays(12).toString()));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		Api.Response registered = register(delegate, created.json().path("id").asString(), administration, "IN_PERSON");
		assertThat(registered.status()).as("%s", registered).isEqualTo(201);
		String id = registered.json().path("id").asString();
		clock.setInstant(null);

		Api.Response remote = api.bearer(delegate.token()).post("/api/v1/registrations/" + id + "/mode", Map.of("mode", "REMOTE"));
		assertThat(remote.status()).isEqualTo(422);
		assertThat(remote.problem()).isEqualTo("meeting-ended");
		assertThat(api.bearer(delegate.token()).delete("/api/v1/registrations/" + id).problem()).isEqualTo("meeting-ended");
		assertThat(api.bearer(delegate.token()).get("/api/v1/registrations/" + id).json().path("mode").asString()).isEqualTo("IN_PERSON");
		// The calendar keeps it within reach among the past meetings, not among the upcoming ones.
		assertThat(api.get("/meetings?past=true&studyGroup=ITU-T-SG11").body()).contains("WP of last week");
		assertThat(api.get("/meetings?studyGroup=ITU-T-SG11").body()).doesNotContain("WP of last week");
	}

	@Test
	void oneSeatLeftAndManyAtTheSameInstantGiveExactlyOnePlace() throws Exception {
		String room = meeting("ITU-T-SG13", "WORKING_PARTY", 1);
		int people = 8;
		List<Person> delegates = new ArrayList<>();
		String administration = pilot.administrationOf("DE");
		for (int i = 0; i < people; i++) {
			Person p = pilot.person("crowd" + i, Set.of());
			staff.post("/api/v1/organizations/" + administration + "/members", Map.of("accountId", p.id()));
			delegates.add(p);
		}
		String admin = administration;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(people);
		List<Future<Api.Response>> answers = new ArrayList<>();
		try {
			for (Person p : delegates) {
				answers.add(pool.submit(() -> {
					start.await();
					return register(p, room, admin, "IN_PERSON");
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Api.Response> a : answers) {
				statuses.add(a.get().status());
				if (a.get().status() == 409) {
					assertThat(a.get().problem()).isEqualTo("meeting-full");
				}
			}
			assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
			assertThat(statuses).filteredOn(s -> s == 409).hasSize(people - 1);
			// The one who got the seat and asks again is told it is theirs, not that the room is full.
			Person seated = delegates.get(statuses.indexOf(201));
			assertThat(register(seated, room, admin, "IN_PERSON").problem()).isEqualTo("already-registered");
		}
		finally {
			pool.shutdownNow();
		}
		// The room is full, remote participation stays open.
		Person late = pilot.person("late", Set.of());
		staff.post("/api/v1/organizations/" + administration + "/members", Map.of("accountId", late.id()));
		assertThat(register(late, room, administration, "IN_PERSON").problem()).isEqualTo("meeting-full");
		assertThat(register(late, room, administration, "REMOTE").status()).isEqualTo(201);
	}

	@Test
	void validatedRemoteParticipantsGetTheConnectionDetailsByMail() {
		LocalDate today = LocalDate.now();
		tools.jackson.databind.JsonNode virtual = staff.post("/api/v1/meetings", Map.of("studyGroup", "ITU-T-SG20", "kind", "RAPPORTEUR_GROUP",
				"title", "Virtual Q4/20", "startDate", today.plusDays(9).toString(), "endDate", today.plusDays(9).toString(),
				"registrationOpens", today.toString(), "registrationCloses", today.plusDays(8).toString(),
				"remoteDetails", "Join at https://meet.example.org/q4-20, passcode 2018")).json();
		assertThat(virtual.has("remoteDetails")).as("connection details are not public").isFalse();
		Person dfp = pilot.dfp("MN");
		String administration = pilot.administrationOf("MN");
		assertThat(register(dfp, virtual.path("id").asString(), administration, "IN_PERSON").problem())
			.isEqualTo("mode-not-offered");
		assertThat(register(dfp, virtual.path("id").asString(), administration, "REMOTE").json().path("status").asString())
			.isEqualTo("VALIDATED");
		assertThat(mailbox.to(dfp.email(), 5)).anySatisfy(m -> assertThat(m.body()).contains("passcode 2018"));
	}

	@Autowired
	MeetingRegistrations registrations;

	@Test
	void aFocalPointIsMailedOnceThenGetsTheDailyDigest() {
		String meeting = meeting("ITU-T-SG2", "STUDY_GROUP", null);
		Person fp = pilot.person("entity-fp", Set.of());
		Person first = pilot.person("staff-a", Set.of());
		String company = entity("SECTOR_MEMBER", Map.of(), first);
		assertThat(staff.put("/api/v1/organizations/" + company + "/focal-points", Map.of("accountIds", List.of(fp.id())))
			.status()).isEqualTo(200);
		List<Person> colleagues = List.of(first, pilot.person("staff-b", Set.of()), pilot.person("staff-c", Set.of()));
		for (Person p : colleagues.subList(1, 3)) {
			staff.post("/api/v1/organizations/" + company + "/members", Map.of("accountId", p.id()));
		}
		for (Person p : colleagues) {
			assertThat(register(p, meeting, company, "REMOTE").json().path("status").asString()).isEqualTo("PENDING_VALIDATION");
		}
		assertThat(mailbox.to(fp.email(), 10)).hasSize(1);
		registrations.sendDigests();
		assertThat(mailbox.to(fp.email(), 10)).hasSize(2).first().satisfies(m -> assertThat(m.subject()).startsWith("3"));
		assertThat(api.bearer(fp.token()).get("/api/v1/registrations/to-validate").json().path("total").asInt()).isEqualTo(3);
		Api.Response bulk = api.bearer(fp.token()).post("/api/v1/registrations/validation", Map.of("ids",
				api.bearer(fp.token()).get("/api/v1/registrations/to-validate").json().path("items").findValuesAsString("id"),
				"decision", "APPROVE"));
		assertThat(bulk.json().findValuesAsString("status")).containsOnly("VALIDATED").hasSize(3);
	}

	@Test
	void anOrganisationWithoutAFocalPointHasTheSecretariatAskedToValidate() {
		String meeting = meeting("ITU-T-SG3", "STUDY_GROUP", null);
		Person secretary = pilot.person("secretary", Set.of("SECRETARIAT"));
		Person bystander = pilot.person("bystander", Set.of());
		Person rep = pilot.person("nobody-validates", Set.of());
		String company = entity("SECTOR_MEMBER", Map.of(), rep);
		assertThat(register(rep, meeting, company, "REMOTE").json().path("status").asString()).isEqualTo("PENDING_VALIDATION");
		assertThat(mailbox.to(secretary.email(), 5)).singleElement()
			.satisfies(m -> assertThat(m.subject()).isEqualTo("A registration waits: no focal point for SECTOR_MEMBER " + rep.email()));
		assertThat(mailbox.to(bystander.email(), 5)).isEmpty();
		assertThat(mailbox.to(rep.email(), 5)).hasSize(1);
	}

	@Test
	void whoValidatesIsLookedUpBeforeTheMeetingIsLocked() {
		String meeting = meeting("ITU-T-SG3", "STUDY_GROUP", 40);
		Person rep = pilot.person("lock-order", Set.of());
		String company = entity("SECTOR_MEMBER", Map.of(), rep); // no focal point: the secretariat validates
		List<String> sql = statements.sqlDuring(() -> assertThat(register(rep, meeting, company, "IN_PERSON").status()).isEqualTo(201));
		int lock = 0;
		while (lock < sql.size() && !(sql.get(lock).contains("FROM meeting") && sql.get(lock).contains("FOR UPDATE"))) {
			lock++;
		}
		assertThat(lock).as("the meeting is locked: %s", sql).isLessThan(sql.size());
		java.util.function.Predicate<String> focalPoints = s -> s.toLowerCase(java.util.Locale.ROOT).contains("focal_point");
		java.util.function.Predicate<String> byRole = s -> s.matches("(?is).*\\broles\\s*(like|>).*");
		assertThat(sql.subList(0, lock)).as("looked up before the lock").anyMatch(focalPoints).anyMatch(byRole);
		assertThat(sql.subList(lock, sql.size())).as("while the meeting is locked").noneMatch(focalPoints.or(byRole));
	}

	@Test
	void onlyARegistrationThatTakesASeatLocksTheMeeting() {
		String meeting = meeting("ITU-T-SG3", "STUDY_GROUP", 40);
		Person remote = pilot.person("no-lock-remote", Set.of());
		String company = entity("SECTOR_MEMBER", Map.of(), remote);
		java.util.function.Predicate<String> lock = s -> s.contains("FROM meeting") && s.contains("FOR UPDATE");
		assertThat(statements.sqlDuring(() -> assertThat(register(remote, meeting, company, "REMOTE").status()).isEqualTo(201)))
			.as("a remote participant counts no seat").noneMatch(lock);
		assertThat(register(remote, meeting, company, "REMOTE").problem()).as("still once per person").isEqualTo("already-registered");

		String open = meeting("ITU-T-SG3", "STUDY_GROUP", null);
		Person inPerson = pilot.person("no-lock-open", Set.of());
		String other = entity("SECTOR_MEMBER", Map.of(), inPerson);
		assertThat(statements.sqlDuring(() -> assertThat(register(inPerson, open, other, "IN_PERSON").status()).isEqualTo(201)))
			.as("a meeting without a capacity counts no seat").noneMatch(lock);
	}

	@Test
	void theAuditChainIsLockedLastAndOnlyForTheAuditEntry() {
		String meeting = meeting("ITU-T-SG3", "STUDY_GROUP", 40);
		Person rep = pilot.person("audit-last", Set.of());
		String company = entity("SECTOR_MEMBER", Map.of(), rep);
		List<String> sql = statements.sqlDuring(() -> assertThat(register(rep, meeting, company, "IN_PERSON").status()).isEqualTo(201));
		int chain = 0;
		while (chain < sql.size() && !(sql.get(chain).contains("audit_chain") && sql.get(chain).contains("FOR UPDATE"))) {
			chain++;
		}
		assertThat(chain).as("the chain is locked: %s", sql).isLessThan(sql.size());
		assertThat(sql.subList(0, chain)).as("the mail is written before").anyMatch(s -> s.contains("mail_outbox"));
		assertThat(sql.subList(chain + 1, sql.size())).as("while the chain is locked, until the commit")
			.allMatch(s -> s.contains("audit_entry") || s.contains("audit_chain"));
	}

	@Test
	void registrationOutsideItsWindowIsClosed() {
		LocalDate today = LocalDate.now();
		String past = staff.post("/api/v1/meetings", Map.of("studyGroup", "ITU-T-SG20", "kind", "STUDY_GROUP",
				"title", "Closed one", "startDate", today.plusDays(3).toString(), "endDate", today.plusDays(4).toString(),
				"registrationOpens", today.minusDays(30).toString(), "registrationCloses", today.minusDays(1).toString()))
			.json().path("id").asString();
		Person dfp = pilot.dfp("NO");
		String administration = pilot.administrationOf("NO");
		Api.Response closed = register(dfp, past, administration, "REMOTE");
		assertThat(closed.status()).isEqualTo(422);
		assertThat(closed.problem()).isEqualTo("registration-closed");
	}

	@Test
	void onlyTheSecretariatCreatesMeetingsAndBadInputIsListed() {
		Person someone = pilot.person("someone", Set.of());
		assertThat(api.bearer(someone.token()).post("/api/v1/meetings", Map.of("studyGroup", "ITU-T-SG20")).status())
			.isEqualTo(403);
		Api.Response bad = staff.post("/api/v1/meetings", Map.of("studyGroup", "ITU-T-SG99", "kind", "PARTY",
				"startDate", "2026-13-01"));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().path("errors").findValuesAsString("field")).contains("startDate");
		Api.Response missing = staff.post("/api/v1/meetings", Map.of("studyGroup", "ITU-T-SG99", "kind", "PARTY"));
		assertThat(missing.json().path("errors").findValuesAsString("field")).contains("studyGroup", "kind", "title",
				"startDate", "endDate", "registrationOpens", "registrationCloses");
	}
}
