package org.sgbridge.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PilotFixtures.Person;
import org.sgbridge.testing.TestAccounts;
import tools.jackson.databind.json.JsonMapper;

/** API.md "Documents, maps and tokens for integrators": a registration's letters and badge as PDF. */
class RegistrationDocumentsApiTests extends ApiTest {

	Api staff;
	String meeting;
	String title;
	String administration;
	Person dfp;

	@BeforeEach
	void setUp() {
		staff = api.bearer(pilot.secretariat());
		LocalDate today = LocalDate.now();
		title = "SG13 letters " + System.nanoTime();
		Map<String, Object> body = new HashMap<>(Map.of("studyGroup", "ITU-T-SG13", "kind", "STUDY_GROUP", "title", title,
				"startDate", today.plusDays(30).toString(), "endDate", today.plusDays(34).toString(), "city", "Geneva",
				"country", "CH", "remoteParticipation", true, "registrationOpens", today.minusDays(1).toString(),
				"registrationCloses", today.plusDays(20).toString()));
		meeting = staff.post("/api/v1/meetings", body).json().path("id").asString();
		dfp = pilot.dfp("UY");
		administration = pilot.administrationOf("UY");
	}

	/** A delegate of Uruguay's Administration whose account speaks the language given, registered as asked. */
	private Person delegate(String name, String language) {
		String email = TestAccounts.uniqueEmail("delegate");
		String id = accounts.createActive(email, TestAccounts.PASSWORD, name, Set.of(), language).id();
		Person person = new Person(id, email, pilot.people().token(email, TestAccounts.PASSWORD));
		assertThat(api.bearer(dfp.token()).post("/api/v1/organizations/" + administration + "/members",
				Map.of("accountId", id)).status()).isEqualTo(201);
		return person;
	}

	private String register(Person who, String mode, boolean visa) {
		Api.Response r = api.bearer(who.token()).post("/api/v1/meetings/" + meeting + "/registrations",
				Map.of("organizationId", administration, "mode", mode, "visaSupport", visa));
		assertThat(r.status()).as("%s", r).isEqualTo(201);
		return r.json().path("id").asString();
	}

	private void validate(String registration) {
		Api.Response r = api.bearer(dfp.token()).post("/api/v1/registrations/" + registration + "/validation",
				Map.of("decision", "APPROVE"));
		assertThat(r.status()).as("%s", r).isEqualTo(200);
	}

	private HttpResponse<byte[]> get(String token, String path, String... headers) {
		return api.bearer(token).getBytes(path, headers);
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
		}
	}

	private static String slug(HttpResponse<byte[]> response) {
		String type = JsonMapper.builder().build().readTree(response.body()).path("type").asString();
		return type.substring(type.lastIndexOf('/') + 1);
	}

	@Test
	void lettersComeOnceValidatedInTheAskedLanguageElseTheParticipantsToTheParticipantItsFocalPointAndTheSecretariat()
			throws IOException {
		Person participant = delegate("Inés Uruguaya", "es");
		String registration = register(participant, "IN_PERSON", true);
		String letter = "/api/v1/registrations/" + registration + "/letter?kind=confirmation";

		HttpResponse<byte[]> early = get(participant.token(), letter);
		assertThat(early.statusCode()).isEqualTo(409);
		assertThat(early.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(slug(early)).isEqualTo("not-validated");

		validate(registration);
		HttpResponse<byte[]> french = get(participant.token(), letter, "Accept-Language", "fr-CH, en;q=0.5");
		assertThat(french.statusCode()).isEqualTo(200);
		assertThat(french.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
		assertThat(french.headers().firstValue("Content-Language")).hasValue("fr");
		assertThat(text(french.body())).contains("Inés Uruguaya").contains(title);

		HttpResponse<byte[]> own = get(participant.token(), letter);
		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(own.headers().firstValue("Content-Language")).as("the participant's language").hasValue("es");

		HttpResponse<byte[]> visa = get(dfp.token(), "/api/v1/registrations/" + registration + "/letter?kind=visa",
				"Accept-Language", "en");
		assertThat(visa.statusCode()).as("its focal point").isEqualTo(200);
		assertThat(text(visa.body())).contains("Inés Uruguaya").contains(title);
		assertThat(get(pilot.secretariat(), letter).statusCode()).isEqualTo(200);

		Person stranger = pilot.person("stranger", Set.of());
		assertThat(get(stranger.token(), letter).statusCode()).isEqualTo(404);
		assertThat(api.getBytes(letter).statusCode()).isEqualTo(401);
		HttpResponse<byte[]> wrongKind = get(participant.token(), "/api/v1/registrations/" + registration + "/letter?kind=invoice");
		assertThat(wrongKind.statusCode()).isEqualTo(400);
		assertThat(slug(wrongKind)).isEqualTo("invalid-input");
	}

	@Test
	void noVisaLetterWithoutAVisaRequest() {
		Person participant = delegate("Pedro Sinvisa", "en");
		String registration = register(participant, "IN_PERSON", false);
		validate(registration);
		HttpResponse<byte[]> visa = get(participant.token(), "/api/v1/registrations/" + registration + "/letter?kind=visa");
		assertThat(visa.statusCode()).isEqualTo(404);
		assertThat(slug(visa)).isEqualTo("not-found");
	}

	@Test
	void theBadgeIsForTheParticipantAndTheSecretariatOnceValidatedAndNeverRemote() throws IOException {
		Person participant = delegate("Lucía Badge", "en");
		String registration = register(participant, "IN_PERSON", false);
		String badge = "/api/v1/registrations/" + registration + "/badge";
		assertThat(slug(get(participant.token(), badge))).isEqualTo("not-validated");

		validate(registration);
		HttpResponse<byte[]> pdf = get(participant.token(), badge);
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
		try (PDDocument doc = Loader.loadPDF(pdf.body())) {
			assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " ")).contains("Lucía Badge").contains(title);
			assertThat(doc.getPage(0).getResources().getXObjectNames()).as("the QR code's image").isNotEmpty();
		}
		assertThat(get(pilot.secretariat(), badge).statusCode()).isEqualTo(200);
		HttpResponse<byte[]> focalPoint = get(dfp.token(), badge);
		assertThat(focalPoint.statusCode()).isEqualTo(403);
		assertThat(slug(focalPoint)).isEqualTo("forbidden");
		assertThat(get(pilot.person("stranger", Set.of()).token(), badge).statusCode()).isEqualTo(404);

		Person remote = delegate("Remo Remote", "en");
		String remoteRegistration = register(remote, "REMOTE", false);
		validate(remoteRegistration);
		assertThat(get(remote.token(), "/api/v1/registrations/" + remoteRegistration + "/badge").statusCode()).isEqualTo(404);
	}
}
