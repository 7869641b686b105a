package org.sgbridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PageClient;
import org.sgbridge.testing.PilotFixtures.Person;
import org.sgbridge.testing.TestAccounts;
import org.springframework.web.util.HtmlUtils;

/**
 * A refusal says which rule refuses, in the reader's language, on the pages and in the API's
 * problem details (whose slug stays {@code forbidden} or {@code invalid-input}, as the API
 * promises), rather than a bare "you may not do this" or "this value is not valid".
 */
class RefusalsNameTheRuleTests extends ApiTest {

	private static final String GENERIC = "You are signed in but may not do this.";

	private PageClient signedIn(Person who, String language) {
		PageClient page = new PageClient(port);
		assertThat(page.signIn(who.email(), TestAccounts.PASSWORD).statusCode()).isEqualTo(302);
		page.get("/?lang=" + language);
		return page;
	}

	private static String text(HttpResponse<String> response) {
		return HtmlUtils.htmlUnescape(response.body());
	}

	@Test
	void aParticipantOpeningTheFocalPointsInboxIsToldWhomItIsFor() {
		Person participant = pilot.person("inbox-refused", Set.of());
		HttpResponse<String> en = signedIn(participant, "en").get("/pilot/inbox");
		assertThat(en.statusCode()).isEqualTo(403);
		assertThat(text(en)).contains("The requests to decide are for the designated focal points of an Administration and for the secretariat")
			.doesNotContain(GENERIC);
		HttpResponse<String> fr = signedIn(participant, "fr").get("/pilot/inbox");
		assertThat(fr.statusCode()).isEqualTo(403);
		assertThat(text(fr)).contains("réservées aux points focaux désignés d’une Administration et au secrétariat");
	}

	@Test
	void aParticipantAskingForTheAuditTrailIsToldWhomItIsFor() {
		Person participant = pilot.person("audit-refused", Set.of());
		Api.Response refused = api.bearer(participant.token()).with("Accept-Language", "ru").get("/api/v1/audit");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.problem()).isEqualTo("forbidden");
		assertThat(refused.json().path("detail").asString()).startsWith("Журнал аудита доступен только секретариату");
	}

	@Test
	void theSecretariatOpeningTheAccountsIsToldOnlyAnAdministratorMay() {
		Person staff = pilot.person("accounts-refused", Set.of("SECRETARIAT"));
		HttpResponse<String> en = signedIn(staff, "en").get("/admin/accounts");
		assertThat(en.statusCode()).isEqualTo(403);
		assertThat(text(en)).contains("Only an administrator may do this").doesNotContain(GENERIC);
		HttpResponse<String> ar = signedIn(staff, "ar").get("/admin/mail");
		assertThat(ar.statusCode()).isEqualTo(403);
		assertThat(text(ar)).contains("لا يقوم بهذا إلا مسؤول النظام");
	}

	@Test
	void theSecretariatDecidingARequestIsToldTheFocalPointDecides() {
		Person rep = pilot.person("decide-refused-rep", Set.of());
		String sme = pilot.sme(rep, "Antananarivo Cloud (refusal test)", "MG", 12, 100000, "USD");
		String request = pilot.submit(rep, sme, "ITU-T-SG20").json().path("id").asString();
		Person staff = pilot.person("decide-refused-staff", Set.of("SECRETARIAT"));
		PageClient page = signedIn(staff, "es");
		HttpResponse<String> refused = page.post("/pilot/requests/" + request, "/pilot/requests/" + request + "/decision",
				Map.of("decision", "APPROVE", "confirmed", "true"));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(text(refused)).contains("Solo un punto focal designado de la Administración del país de la pyme decide sobre su solicitud");

		// The API keeps its slug and says the same.
		Api.Response api = this.api.bearer(staff.token()).with("Accept-Language", "en")
			.post("/api/v1/admission-requests/" + request + "/decision", Map.of("decision", "APPROVE"));
		assertThat(api.status()).isEqualTo(403);
		assertThat(api.problem()).isEqualTo("forbidden");
		assertThat(api.json().path("detail").asString())
			.startsWith("Only a designated focal point of the Administration of the SME's country decides");
	}

	@Test
	void aColleagueWhoIsNotTheRepresentativeIsToldWhoMayAskAndAddPeople() {
		Person rep = pilot.person("colleague-refused-rep", Set.of());
		Person colleague = pilot.person("colleague-refused", Set.of());
		Person third = pilot.person("colleague-third", Set.of());
		String sme = pilot.sme(rep, "Toamasina Sensors (refusal test)", "MG", 8, 50000, "USD");
		assertThat(api.bearer(rep.token()).post("/api/v1/organizations/" + sme + "/members",
				Map.of("accountId", colleague.id())).status()).isEqualTo(201);

		PageClient page = signedIn(colleague, "en");
		HttpResponse<String> request = page.postPairs("/pilot", "/pilot/requests", "organizationId", sme, "studyGroups",
				"ITU-T-SG16");
		assertThat(request.statusCode()).isEqualTo(403);
		assertThat(text(request)).contains("Only a representative of Toamasina Sensors (refusal test) may ask for it to join the pilot")
			.doesNotContain(GENERIC);

		HttpResponse<String> member = page.post("/pilot", "/pilot/companies/" + sme + "/members", Map.of("email", third.email()));
		assertThat(member.statusCode()).isEqualTo(403);
		assertThat(text(member)).contains("Only a representative of Toamasina Sensors (refusal test)")
			.contains("may add people who take part for it");
	}

	@Test
	void numbersTypedWronglyAreToldWhatTheFieldTakes() {
		Person rep = pilot.person("numbers-refused", Set.of());
		PageClient page = signedIn(rep, "ru");
		HttpResponse<String> refused = page.post("/pilot", "/pilot/companies", Map.of("name", "Fianarantsoa Data",
				"country", "MG", "employees", "twenty", "revenueAmount", "1 500 000,50", "revenueCurrency", "USD"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(text(refused)).contains("Введите целое число цифрами, например 25.")
			.contains("Введите число цифрами, например 1500000 или 1500000.50");

		Person staff = pilot.person("capacity-refused", Set.of("SECRETARIAT"));
		PageClient desk = signedIn(staff, "en");
		HttpResponse<String> meeting = desk.post("/meetings/new", "/meetings/new", Map.of("title", "Capacity typed in words",
				"kind", "WORKSHOP", "studyGroup", "ITU-T-SG16", "capacity", "eighty"));
		assertThat(meeting.statusCode()).isEqualTo(400);
		assertThat(text(meeting)).contains("Capacity: Enter a whole number in digits, such as 25.")
			.doesNotContain("This value is not valid.");
		desk.get("/?lang=ar");
		HttpResponse<String> arabic = desk.post("/meetings/new", "/meetings/new", Map.of("title", "Capacity typed in words",
				"kind", "WORKSHOP", "studyGroup", "ITU-T-SG16", "capacity", "eighty"));
		assertThat(text(arabic)).as("the field by its label, not its name in the code").contains("السعة: أدخل عدداً صحيحاً بالأرقام")
			.doesNotContain("capacity:");
	}

	@Test
	void registeringForAnOrganisationOneDoesNotTakePartForNamesIt() {
		Person stranger = pilot.person("register-refused", Set.of());
		Person rep = pilot.person("register-refused-rep", Set.of());
		String sme = pilot.sme(rep, "Mahajanga Labs (refusal test)", "MG", 5, 10000, "USD");
		String meeting = meeting();
		Api.Response refused = api.bearer(stranger.token()).with("Accept-Language", "zh")
			.post("/api/v1/meetings/" + meeting + "/registrations", Map.of("organizationId", sme, "mode", "REMOTE"));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.problem()).isEqualTo("forbidden");
		assertThat(refused.json().path("detail").asString()).contains("Mahajanga Labs (refusal test)").contains("尚未添加您");
	}

	private String meeting() {
		LocalDate today = LocalDate.now();
		Api.Response created = api.bearer(pilot.secretariat()).post("/api/v1/meetings", Map.of("studyGroup", "ITU-T-SG20",
				"kind", "RAPPORTEUR_GROUP", "title", "Refusal test meeting", "startDate", today.plusDays(30).toString(),
				"endDate", today.plusDays(31).toString(), "registrationOpens", today.toString(), "registrationCloses",
				today.plusDays(20).toString()));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		return created.json().path("id").asString();
	}
}
