package org.sgbridge.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PageClient;
import org.sgbridge.testing.PilotFixtures.Person;
import org.sgbridge.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The page's links to a registration's letter and badge, whatever the registration's id looks like. */
class RegistrationDocumentLinkTests extends ApiTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void letterAndBadgeLinksServeARegistrationWhoseIdIsShorterThanEightCharacters() {
		// Ids are opaque strings (API.md); the generator of data at scale writes ones as short as "s-g57".
		Person delegate = pilot.dfp("SN");
		LocalDate start = LocalDate.now().plusDays(40);
		Map<String, Object> body = new HashMap<>(Map.of("studyGroup", "ITU-T-SG16", "kind", "STUDY_GROUP", "title",
				"Short ids", "startDate", start.toString(), "endDate", start.plusDays(2).toString(), "city", "Geneva",
				"country", "CH", "remoteParticipation", true, "registrationOpens", LocalDate.now().toString(),
				"registrationCloses", start.minusDays(5).toString()));
		String meeting = api.bearer(pilot.secretariat()).post("/api/v1/meetings", body).json().path("id").asString();
		String id = "r-" + UUID.randomUUID().toString().substring(0, 4);
		jdbc.update("INSERT INTO registration (id, meeting_id, account_id, organization_id, mode, status, verification_code, "
				+ "created_at, visa_support, version) VALUES (?,?,?,?,'IN_PERSON','VALIDATED',?,?,FALSE,0)", id, meeting,
				delegate.id(), pilot.administrationOf("SN"), UUID.randomUUID().toString().substring(0, 10).toUpperCase(),
				Timestamp.from(Instant.now()));
		PageClient browser = new PageClient(port);
		assertThat(browser.signIn(delegate.email(), TestAccounts.PASSWORD).statusCode()).isEqualTo(302);

		for (String document : List.of("letter", "badge")) {
			HttpResponse<byte[]> pdf = browser.getBytes("/meetings/registrations/" + id + "/" + document + ".pdf");
			assertThat(pdf.statusCode()).as(document).isEqualTo(200);
			assertThat(pdf.headers().firstValue("Content-Disposition").orElse("")).contains(document + "-" + id + ".pdf");
		}
	}
}
