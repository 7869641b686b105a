package org.sgbridge.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PilotFixtures.Person;
import org.sgbridge.testing.StatementCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The validation list takes the same number of queries for two registrations or ten, over several meetings. */
@Import(StatementCounter.Config.class)
class ValidationListQueryTests extends ApiTest {

	@Autowired
	StatementCounter statements;

	@Test
	void theSecretariatsValidationListTakesAFixedNumberOfQueries() {
		Api staff = api.bearer(pilot.secretariat());
		List<String> meetings = List.of(meeting(staff, "ITU-D-SG1"), meeting(staff, "ITU-D-SG2"), meeting(staff, "ITU-T-SG20"));
		// Academia without focal points of their own: their registrations wait for the secretariat.
		for (int i = 0; i < 2; i++) {
			pendingRegistration(staff, meetings.get(i % meetings.size()));
		}
		int few = queriesOfTheList(staff);
		int listed = staff.get("/api/v1/registrations/to-validate?size=500").json().path("total").asInt();
		for (int i = 0; i < 8; i++) {
			pendingRegistration(staff, meetings.get(i % meetings.size()));
		}
		int many = queriesOfTheList(staff);
		assertThat(staff.get("/api/v1/registrations/to-validate?size=500").json().path("total").asInt()).isEqualTo(listed + 8);
		assertThat(many).as("queries for %d registrations, against %d for %d", listed + 8, few, listed).isEqualTo(few);
	}

	@Test
	void aFocalPointsValidationListTakesAFixedNumberOfQueries() {
		Api staff = api.bearer(pilot.secretariat());
		Person dfp = pilot.dfp("GH");
		Person other = pilot.person("other-admin", Set.of());
		String administration = pilot.administrationOf("GH");
		List<String> meetings = List.of(meeting(staff, "ITU-D-SG1"), meeting(staff, "ITU-D-SG2"));
		Api fp = api.bearer(dfp.token());
		register(staff, other, meetings.get(0), administration);
		int few = queriesOfTheList(fp);
		int listed = fp.get("/api/v1/registrations/to-validate?size=500").json().path("total").asInt();
		for (int i = 0; i < 5; i++) {
			register(staff, pilot.person("delegate", Set.of()), meetings.get(i % 2), administration);
		}
		assertThat(fp.get("/api/v1/registrations/to-validate").json().path("total").asInt()).isEqualTo(listed + 5);
		assertThat(queriesOfTheList(fp)).isEqualTo(few);
	}

	private int queriesOfTheList(Api caller) {
		caller.get("/api/v1/registrations/to-validate?size=500"); // warmed up: the token's first use is not counted
		return statements.during(() -> assertThat(caller.get("/api/v1/registrations/to-validate?size=500").status()).isEqualTo(200));
	}

	private void register(Api staff, Person who, String meeting, String organization) {
		assertThat(staff.post("/api/v1/organizations/" + organization + "/members", Map.of("accountId", who.id())).status())
			.isEqualTo(201);
		Api.Response r = api.bearer(who.token()).post("/api/v1/meetings/" + meeting + "/registrations",
				Map.of("organizationId", organization, "mode", "REMOTE", "visaSupport", false));
		assertThat(r.status()).as("%s", r).isEqualTo(201);
	}

	private void pendingRegistration(Api staff, String meeting) {
		Person researcher = pilot.person("academia", Set.of());
		Api.Response org = staff.post("/api/v1/organizations",
				Map.of("name", "University " + researcher.email(), "kind", "ACADEMIA", "country", "FR"));
		assertThat(org.status()).as("%s", org).isEqualTo(201);
		register(staff, researcher, meeting, org.json().path("id").asString());
	}

	private static String meeting(Api staff, String group) {
		LocalDate today = LocalDate.now();
		Map<String, Object> body = new HashMap<>(Map.of("studyGroup", group, "kind", "STUDY_GROUP", "title", "Validation " + group,
				"startDate", today.plusDays(30).toString(), "endDate", today.plusDays(34).toString(), "city", "Geneva",
				"country", "CH", "remoteParticipation", true, "registrationOpens", today.minusDays(1).toString(),
				"registrationCloses", today.plusDays(20).toString()));
		Api.Response created = staff.post("/api/v1/meetings", body);
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		return created.json().path("id").asString();
	}
}
