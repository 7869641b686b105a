package org.sgbridge.bsg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Problem;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PageClient;
import org.sgbridge.testing.PilotFixtures.Person;
import org.sgbridge.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Mentoring: a new delegate of a developing country asks for a mentor in a study group; one who was
 * checked in there already, or of a developed country, is refused with the rule; the secretariat
 * (only) pairs it with an experienced participant of the group, never another; both are mailed and
 * see the pairing on their home page until it ends, after which the delegate may ask again.
 */
class MentoringTests extends ApiTest {

	private static final String GROUP = "ITU-T-SG13";

	@Autowired
	Mentoring mentoring;

	@Autowired
	JdbcClient jdbc;

	private static Actor actor(Person p, String... roles) {
		return new Actor(p.id(), p.email(), p.email(), Set.of(roles));
	}

	private Person delegate(Api staff, String country) {
		Person delegate = pilot.person("mentoring-" + country.toLowerCase(), Set.of());
		assertThat(staff.post("/api/v1/organizations/" + pilot.administrationOf(country) + "/members",
				Map.of("accountId", delegate.id())).status()).isEqualTo(201);
		return delegate;
	}

	private static void refused(Runnable call, String slug) {
		assertThatThrownBy(call::run).isInstanceOfSatisfying(Problem.class, p -> assertThat(p.slug()).isEqualTo(slug));
	}

	@Test
	void aNewDelegateIsPairedWithAnExperiencedParticipantAndBothSeeItUntilItEnds() {
		Person staffPerson = pilot.person("mentoring-staff", Set.of("SECRETARIAT"));
		Api staff = api.bearer(staffPerson.token());
		Actor secretariat = actor(staffPerson, "SECRETARIAT");
		LocalDate realToday = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		LocalDate today = realToday.minusDays(20);
		clock.setInstant(today.atTime(9, 0).toInstant(ZoneOffset.UTC));

		// An experienced participant: validated for an SG13 meeting (three weeks ago) and checked in at it.
		Person dfpKe = pilot.dfp("KE");
		Person experienced = delegate(staff, "KE");
		Api.Response meeting = staff.post("/api/v1/meetings", new HashMap<>(Map.of("studyGroup", GROUP, "kind", "STUDY_GROUP",
				"title", "SG13 mentoring test " + System.nanoTime(), "startDate", today.plusDays(5).toString(),
				"endDate", today.plusDays(6).toString(), "city", "Geneva", "country", "CH", "remoteParticipation", true,
				"registrationOpens", today.minusDays(1).toString(), "registrationCloses", today.plusDays(4).toString())));
		assertThat(meeting.status()).as("%s", meeting).isEqualTo(201);
		Api.Response registered = api.bearer(experienced.token()).post("/api/v1/meetings/" + meeting.json().path("id").asString()
				+ "/registrations", Map.of("organizationId", pilot.administrationOf("KE"), "mode", "IN_PERSON", "visaSupport", false));
		String registration = registered.json().path("id").asString();
		assertThat(api.bearer(dfpKe.token()).post("/api/v1/registrations/" + registration + "/validation",
				Map.of("decision", "APPROVE")).status()).isEqualTo(200);
		String code = jdbc.sql("SELECT verification_code FROM registration WHERE id = :id").param("id", registration)
			.query(String.class).single();
		clock.setInstant(today.plusDays(5).atTime(9, 0).toInstant(ZoneOffset.UTC));
		assertThat(staff.post("/api/v1/check-ins", Map.of("code", code)).status()).isEqualTo(200);
		clock.setInstant(null);

		Person newcomer = delegate(staff, "ET");
		Person swiss = delegate(staff, "CH");
		Person bystander = delegate(staff, "SN");

		refused(() -> mentoring.ask(actor(experienced), pilot.administrationOf("KE"), GROUP, null), "not-new");
		refused(() -> mentoring.ask(actor(swiss), pilot.administrationOf("CH"), GROUP, null), "not-eligible");
		refused(() -> mentoring.ask(actor(newcomer), pilot.administrationOf("KE"), GROUP, null), "forbidden");
		refused(() -> mentoring.ask(actor(newcomer), pilot.administrationOf("ET"), "ITU-T-SG99", null), "invalid-input");

		Mentoring.View asked = mentoring.ask(actor(newcomer), pilot.administrationOf("ET"), GROUP, "How do I draft a contribution?");
		assertThat(asked.standing()).isEqualTo(Mentorship.Standing.WAITING);
		refused(() -> mentoring.ask(actor(newcomer), pilot.administrationOf("ET"), GROUP, null), "already-requested");
		String id = asked.mentorship().id();

		var waiting = mentoring.waiting(secretariat).stream().filter(w -> w.request().mentorship().id().equals(id)).findFirst()
			.orElseThrow();
		assertThat(waiting.candidates()).extracting(Mentoring.Candidate::accountId).contains(experienced.id())
			.doesNotContain(bystander.id(), newcomer.id());
		refused(() -> mentoring.pair(actor(dfpKe), id, experienced.id(), "6"), "forbidden");
		refused(() -> mentoring.pair(secretariat, id, bystander.id(), "6"), "not-experienced");
		refused(() -> mentoring.pair(secretariat, id, experienced.id(), "36"), "invalid-input");

		Mentoring.View paired = mentoring.pair(secretariat, id, experienced.id(), "6");
		assertThat(paired.standing()).isEqualTo(Mentorship.Standing.ACTIVE);
		assertThat(paired.mentorship().endsOn()).isEqualTo(realToday.plusMonths(6));
		refused(() -> mentoring.pair(secretariat, id, experienced.id(), "6"), "already-decided");
		assertThat(mailbox.to(newcomer.email(), 5)).anySatisfy(m -> assertThat(m.subject()).startsWith("Your mentor in " + GROUP));
		assertThat(mailbox.to(experienced.email(), 5)).anySatisfy(m -> assertThat(m.subject()).startsWith("You mentor"));

		// Both see the pairing on their home page; someone else does not.
		assertThat(home(newcomer)).contains("Your mentor in " + GROUP + ": mentoring-ke");
		assertThat(home(experienced)).contains("You mentor mentoring-et in " + GROUP);
		assertThat(home(bystander)).doesNotContain("mentor in " + GROUP);

		// After its period the pairing has ended, and the delegate may ask again.
		clock.setInstant(realToday.plusMonths(6).plusDays(1).atTime(9, 0).toInstant(ZoneOffset.UTC));
		assertThat(mentoring.mine(actor(newcomer))).filteredOn(v -> v.mentorship().id().equals(id))
			.extracting(Mentoring.View::standing).containsExactly(Mentorship.Standing.ENDED);
		assertThat(home(newcomer)).doesNotContain("Your mentor in " + GROUP);
		assertThat(mentoring.ask(actor(newcomer), pilot.administrationOf("ET"), GROUP, null).standing())
			.isEqualTo(Mentorship.Standing.WAITING);
	}

	private String home(Person who) {
		PageClient page = new PageClient(port);
		page.signIn(who.email(), TestAccounts.PASSWORD);
		return page.get("/").body();
	}
}
