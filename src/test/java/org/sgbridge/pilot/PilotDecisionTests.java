package org.sgbridge.pilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sgbridge.membership.MembershipCategories;
import org.sgbridge.notification.Mailbox;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Dates;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PilotFixtures.Person;
import org.sgbridge.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Conference's decision on the pilot, recorded by the secretariat in one action: an extension
 * moves the period, an end closes it (its waiting requests lapse at once, or when a later last day
 * has passed), and each person concerned gets one mail in its language. Each test runs at its own
 * year far ahead, so that its period is invisible to every other test (the period's history is read
 * as of the clock).
 */
class PilotDecisionTests extends ApiTest {

	@Autowired
	AdmissionManagement admissions;

	@Autowired
	MembershipCategories categories;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.sgbridge.directory.MemberStates states;

	private String stateName(String code, String language) {
		return states.find(code, LocalDate.now()).orElseThrow().name(Locale.forLanguageTag(language));
	}

	private long count(String sql, String country) {
		return jdbc.sql(sql).param("c", country).query(Long.class).single();
	}

	private Api.Response decide(String token, String decision, String endsOn, String text) {
		Map<String, Object> body = new HashMap<>();
		body.put("decision", decision);
		if (endsOn != null) {
			body.put("endsOn", endsOn);
		}
		body.put("text", text);
		return api.bearer(token).post("/api/v1/pilot/decision", body);
	}

	/** A period recorded at the clock's time, so that the test starts from a pilot that runs. */
	private void period(String endsOn) {
		Map<String, Object> body = new HashMap<>();
		body.put("startsOn", "2017-05-25");
		body.put("endsOn", endsOn);
		body.put("decision", "The test's period.");
		Api.Response recorded = api.bearer(pilot.secretariat()).post("/api/v1/pilot/terms/period", body);
		assertThat(recorded.status()).as("%s", recorded).isEqualTo(200);
		assertThat(recorded.json().path("open").asBoolean()).isTrue();
	}

	private Person person(String prefix, String language) {
		String email = TestAccounts.uniqueEmail(prefix);
		String id = accounts.createActive(email, TestAccounts.PASSWORD, prefix + " " + language, Set.of(), language).id();
		return new Person(id, email, pilot.people().token(email, TestAccounts.PASSWORD));
	}

	/** The person signed in again (a token lapses when the clock moves on by months). */
	private Person again(Person person) {
		return new Person(person.id(), person.email(), pilot.people().token(person.email(), TestAccounts.PASSWORD));
	}

	private void designate(String country, Person... dfps) {
		Api.Response response = api.bearer(pilot.secretariat()).put("/api/v1/member-states/" + country + "/focal-points",
				Map.of("accountIds", java.util.Arrays.stream(dfps).map(Person::id).toList()));
		assertThat(response.status()).as("%s", response).isEqualTo(200);
	}

	private String approvedSme(Person rep, Person dfp, String name, String country, String group) {
		String org = pilot.sme(rep, name, country, 12, 100_000, "EUR");
		String request = pilot.submit(rep, org, group).json().path("id").asString();
		assertThat(pilot.decide(dfp, request, "APPROVE", null).status()).isEqualTo(200);
		return org;
	}

	private String status(Person who, String requestId) {
		return api.bearer(who.token()).get("/api/v1/admission-requests/" + requestId).json().path("status").asString();
	}

	@Test
	void anExtensionMovesThePeriodSoThatRequestsAreStillTakenAfterTheOldEnd() {
		clock.setInstant(Instant.parse("2091-03-01T09:00:00Z"));
		period("2091-06-30");
		Person dfp = person("ext-dfp-ml", "es");
		designate("ML", dfp);
		Person rep = person("ext-rep-ml", "ru");
		approvedSme(rep, dfp, "Bamako Bandwidth", "ML", "ITU-T-SG20");
		String other = pilot.sme(rep, "Sikasso Signals", "ML", 8, 50_000, "EUR");

		Api.Response extended = decide(pilot.secretariat(), "EXTEND", "2091-12-31", "PP-90 extended the pilot until the end of 2091.");
		assertThat(extended.status()).as("%s", extended).isEqualTo(200);
		assertThat(extended.json().path("period").path("endsOn").asString()).isEqualTo("2091-12-31");
		assertThat(extended.json().path("period").path("kind").asString()).isEqualTo("EXTEND");

		clock.setInstant(Instant.parse("2091-08-01T09:00:00Z"));
		rep = again(rep);
		assertThat(api.get("/api/v1/pilot/terms").json().path("open").asBoolean()).isTrue();
		Api.Response after = pilot.submit(rep, other, "ITU-T-SG5");
		assertThat(after.status()).as("a request after the old end, %s", after).isEqualTo(201);

		List<Mailbox.Mail> toRep = mailbox.to(rep.email(), 20).stream().filter(m -> m.subject().contains("продлен")).toList();
		assertThat(toRep).hasSize(1);
		assertThat(toRep.get(0).subject()).contains("2091");
		assertThat(toRep.get(0).body()).contains("Bamako Bandwidth").contains("PP-90 extended the pilot");
		List<Mailbox.Mail> toDfp = mailbox.to(dfp.email(), 20).stream().filter(m -> m.subject().contains("prorroga")).toList();
		assertThat(toDfp).hasSize(1);
		assertThat(toDfp.get(0).body()).contains(stateName("ML", "es") + ": pymes aprobadas: " + count(
				"SELECT COUNT(DISTINCT organization_id) FROM admission_request WHERE country = :c AND status = 'APPROVED'", "ML") + ";");
	}

	@Test
	void anEndLapsesTheOpenRequestsAtOnceAndMailsEachPersonConcernedOnceInItsLanguage() {
		Instant now = Instant.parse("2092-03-01T09:00:00Z");
		clock.setInstant(now);
		period(null);
		BigDecimal fee = smeFee("ITU-T");
		Person dfp = person("end-dfp-bf", "ar");
		designate("BF", dfp);
		Person rep = person("end-rep-bf", "fr");
		approvedSme(rep, dfp, "Ouaga Optique", "BF", "ITU-T-SG16");
		String waiting = pilot.sme(rep, "Bobo Réseaux", "BF", 7, 40_000, "EUR");
		String open = pilot.submit(rep, waiting, "ITU-T-SG11").json().path("id").asString();
		Person other = person("end-rep2-bf", "zh");
		String otherOpen = pilot.submit(other, pilot.sme(other, "Koudougou Câbles", "BF", 5, 20_000, "EUR"), "ITU-D-SG1")
			.json().path("id").asString();

		Instant decided = now.plusSeconds(3600);
		clock.setInstant(decided);
		String text = "PP-90 decided that the SME pilot ends today " + System.nanoTime();
		Api.Response ended = decide(pilot.secretariat(), "end", null, text);
		assertThat(ended.status()).as("%s", ended).isEqualTo(200);
		assertThat(ended.json().path("endsOn").asString()).isEqualTo("2092-03-01");
		assertThat(ended.json().path("open").asBoolean()).isFalse();
		assertThat(ended.json().path("lapsedRequestIds").valueStream().map(n -> n.asString()).toList()).contains(open, otherOpen);
		assertThat(status(rep, open)).isEqualTo("LAPSED");
		assertThat(status(other, otherOpen)).isEqualTo("LAPSED");
		Api.Response refused = pilot.submit(rep, waiting, "ITU-T-SG5");
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.problem()).isEqualTo("pilot-closed");

		// The representative of an approved SME whose other request lapsed: one mail, in French, saying both.
		List<Mailbox.Mail> toRep = mailbox.to(rep.email(), 50).stream().filter(m -> m.createdAt().equals(decided)).toList();
		assertThat(toRep).as("one mail to the representative").hasSize(1);
		Mailbox.Mail mail = toRep.get(0);
		assertThat(mail.subject()).isEqualTo("Le projet pilote pour les PME prend fin le "
				+ Dates.format(LocalDate.parse("2092-03-01"), Locale.FRENCH));
		assertThat(mail.body()).contains(text).contains("Ouaga Optique a participé au projet pilote (ITU-T-SG16)")
			.contains("catégorie PME (ITU-T : " + money(fee, Locale.FRENCH) + " CHF par an")
			.contains("paiement à l’utilisation")
			.contains("La demande de Bobo Réseaux (ITU-T-SG11)").contains("caduque");
		// The one whose request lapsed: one mail, in Chinese.
		List<Mailbox.Mail> toOther = mailbox.to(other.email(), 50).stream().filter(m -> m.createdAt().equals(decided)).toList();
		assertThat(toOther).hasSize(1);
		assertThat(toOther.get(0).body()).contains("Koudougou Câbles").contains("已失效").doesNotContain("瑞郎");
		// The DFP: one mail, in Arabic, with its state's summary.
		List<Mailbox.Mail> toDfp = mailbox.to(dfp.email(), 50).stream().filter(m -> m.createdAt().equals(decided)).toList();
		assertThat(toDfp).hasSize(1);
		assertThat(toDfp.get(0).subject()).startsWith("ينتهي المشروع التجريبي");
		long approvedInBf = count(
				"SELECT COUNT(DISTINCT organization_id) FROM admission_request WHERE country = :c AND status = 'APPROVED'", "BF");
		assertThat(approvedInBf).isPositive();
		assertThat(toDfp.get(0).body()).contains(stateName("BF", "ar") + ": المؤسسات الموافَق عليها: " + approvedInBf
				+ "؛ الطلبات التي سقطت في " + Dates.format(LocalDate.parse("2092-03-01"), Locale.forLanguageTag("ar")) + ": 2.");

		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'PILOT_ENDED' AND reason = :r")
			.param("r", text).query(Long.class).single()).as("the audit entry").isEqualTo(1);
	}

	@Test
	void anEndOnALaterDayLeavesTheRequestsToLapseOnceThatDayHasPassed() {
		clock.setInstant(Instant.parse("2094-03-01T09:00:00Z"));
		period(null);
		Person rep = person("later-rep-tg", "en");
		String request = pilot.submit(rep, pilot.sme(rep, "Lomé Links", "TG", 6, 30_000, "EUR"), "ITU-T-SG20")
			.json().path("id").asString();

		Api.Response ended = decide(pilot.secretariat(), "END", "2094-04-30", "PP-94 ends the pilot on 30 April 2094.");
		assertThat(ended.status()).as("%s", ended).isEqualTo(200);
		assertThat(ended.json().path("open").asBoolean()).isTrue();
		assertThat(ended.json().path("lapsedRequestIds").size()).isZero();
		assertThat(status(rep, request)).isEqualTo("SUBMITTED");
		assertThat(mailbox.to(rep.email(), 20)).filteredOn(m -> m.subject().startsWith("The SME pilot ends on"))
			.singleElement().satisfies(m -> assertThat(m.body()).contains("unless it is decided by 30 April 2094"));

		clock.setInstant(Instant.parse("2094-04-30T20:00:00Z"));
		rep = again(rep);
		admissions.lapseIfClosed();
		assertThat(status(rep, request)).as("on the last day").isEqualTo("SUBMITTED");
		clock.setInstant(Instant.parse("2094-05-01T06:15:00Z"));
		admissions.lapseIfClosed();
		assertThat(status(rep, request)).isEqualTo("LAPSED");
	}

	@Test
	void aDayInThePastAnExtensionNotLaterAndAnyoneButTheSecretariatAreRefused() {
		clock.setInstant(Instant.parse("2093-03-01T09:00:00Z"));
		period("2093-06-30");
		String staff = pilot.secretariat();
		assertField(decide(staff, "EXTEND", "2093-05-31", "Not later."), "endsOn");
		assertField(decide(staff, "EXTEND", "2093-06-30", "The same day."), "endsOn");
		assertField(decide(staff, "EXTEND", "2093-02-28", "In the past."), "endsOn");
		assertField(decide(staff, "END", "2093-02-28", "In the past."), "endsOn");
		assertField(decide(staff, "END", "2093-07-31", "After the current end: an extension."), "endsOn");
		assertField(decide(staff, "EXTEND", "2093-13-01", "Not a day."), "endsOn");
		assertField(decide(staff, "EXTEND", null, "No day."), "endsOn");
		assertField(decide(staff, "PAUSE", "2093-12-31", "Neither."), "decision");
		assertField(decide(staff, "EXTEND", "2093-12-31", " "), "text");
		Api.Response none = api.bearer(staff).post("/api/v1/pilot/decision", Map.of());
		assertThat(none.status()).isEqualTo(400);
		assertThat(none.json().path("errors").findValuesAsString("field")).contains("decision", "text");

		Person someone = person("decision-someone", "en");
		assertThat(decide(someone.token(), "END", null, "Not mine to decide.").status()).isEqualTo(403);
		assertThat(decide(pilot.dfp("TG").token(), "EXTEND", "2093-12-31", "Not mine either.").status()).isEqualTo(403);
		assertThat(api.post("/api/v1/pilot/decision", Map.of("decision", "END", "text", "Anonymous.")).status())
			.isEqualTo(401);

		Api.Response terms = api.get("/api/v1/pilot/terms");
		assertThat(terms.json().path("open").asBoolean()).isTrue();
		assertThat(terms.json().path("period").path("endsOn").asString()).as("nothing recorded").isEqualTo("2093-06-30");
	}

	private static void assertField(Api.Response response, String field) {
		assertThat(response.status()).as("%s", response).isEqualTo(400);
		assertThat(response.json().path("type").asString()).endsWith("/invalid-input");
		assertThat(response.json().path("errors").findValuesAsString("field")).containsExactly(field);
	}

	/** The SME category's yearly fee in the sector, set to an illustrative one when none is. */
	private BigDecimal smeFee(String sector) {
		return categories.all().stream().filter(c -> c.code().equals("SME") && c.sector().equals(sector))
			.map(MembershipCategories.Category::annualFee)
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElseGet(() -> categories.set(new Actor("test", "test@example.org", "test", Set.of(Actor.SECRETARIAT)), "SME",
					sector, new BigDecimal("2650.00"), "CHF", 250).annualFee());
	}

	private static String money(BigDecimal amount, Locale locale) {
		java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		return format.format(amount);
	}
}
