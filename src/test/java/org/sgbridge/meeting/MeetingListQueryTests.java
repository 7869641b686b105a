package org.sgbridge.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PageClient;
import org.sgbridge.testing.PilotFixtures.Person;
import org.sgbridge.testing.StatementCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The pages that list meetings and registrations take the same number of SQL statements for a few
 * rows or many: the places left, the reader's eligibility and its registrations are read for the
 * whole page at once, and the validation queue is paged in the database.
 */
@Import(StatementCounter.Config.class)
class MeetingListQueryTests extends ApiTest {

	@Autowired
	StatementCounter statements;

	private int statementsOf(PageClient client, String path) {
		assertThat(client.get(path).statusCode()).isEqualTo(200); // warmed up: the session's first use is not counted
		return statements.during(() -> assertThat(client.get(path).statusCode()).as(path).isEqualTo(200));
	}

	@Test
	void theListOfMeetingsTakesAFixedNumberOfStatementsForAnSmeWithSeveralOrganisations() {
		MeetingFixtures fixtures = new MeetingFixtures(api, pilot, port);
		Person dfp = pilot.dfp("BO");
		Person rep = fixtures.delegate("rep-bo", "BO");
		fixtures.sme(rep, "La Paz Sensors " + rep.email(), "BO", dfp, new String[] { "ITU-T-SG20" }, "ITU-T-SG5");
		String token = "Count" + java.util.UUID.randomUUID().toString().substring(0, 8);
		for (int i = 0; i < 2; i++) {
			fixtures.meeting(i % 2 == 0 ? "ITU-T-SG20" : "ITU-T-SG17", token + " " + i, 30 + i, 2, 50);
		}
		PageClient page = fixtures.signedIn(rep);
		String path = "/meetings?size=50&q=" + token;
		int few = statementsOf(page, path);
		for (int i = 2; i < 12; i++) {
			String meeting = fixtures.meeting(i % 3 == 0 ? "ITU-T-SG20" : i % 3 == 1 ? "ITU-T-SG17" : "ITU-T-SG5", token + " " + i,
					30 + i, 2, 50);
			if (i % 3 == 0) {
				fixtures.registered(rep, meeting, pilot.administrationOf("BO"), "IN_PERSON");
			}
		}
		assertThat(page.get(path).body()).contains(token + " 11").contains("You are registered");
		assertThat(statementsOf(page, path)).as("statements for 12 meetings, against %d for 2", few).isEqualTo(few);
	}

	@Test
	void theValidationPageTakesAFixedNumberOfStatements() {
		MeetingFixtures fixtures = new MeetingFixtures(api, pilot, port);
		Person dfp = pilot.dfp("GY");
		String administration = pilot.administrationOf("GY");
		String meeting = fixtures.meeting("ITU-D-SG1", "Georgetown count", 30, 2, null);
		String other = fixtures.meeting("ITU-D-SG2", "Linden count", 31, 2, null);
		for (int i = 0; i < 2; i++) {
			fixtures.registered(fixtures.delegate("gy", "GY"), i == 0 ? meeting : other, administration, "REMOTE");
		}
		PageClient focal = fixtures.signedIn(dfp);
		int few = statementsOf(focal, "/meetings/validation?size=50");
		for (int i = 0; i < 8; i++) {
			fixtures.registered(fixtures.delegate("gy", "GY"), i % 2 == 0 ? meeting : other, administration, "REMOTE");
		}
		assertThat(statementsOf(focal, "/meetings/validation?size=50")).isEqualTo(few);
	}
}
