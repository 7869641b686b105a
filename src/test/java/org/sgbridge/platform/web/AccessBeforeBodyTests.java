package org.sgbridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.RawHttp;

/**
 * API.md "Roles": a caller who may not make a call gets 401 or 403 whatever its body holds; the
 * body is judged only for a caller who may make it. Over every call of the secretariat.
 */
class AccessBeforeBodyTests extends ApiTest {

	/** The secretariat's calls, as API.md lists them, with their ids filled in. */
	private static final List<String[]> SECRETARIAT_CALLS = List.of(new String[] { "POST", "/api/v1/meetings" },
			new String[] { "PUT", "/api/v1/meetings/x" }, new String[] { "POST", "/api/v1/decisions" },
			new String[] { "PUT", "/api/v1/member-states/JP/focal-points" }, new String[] { "PATCH", "/api/v1/member-states/JP" },
			new String[] { "PUT", "/api/v1/organizations/x/focal-points" },
			new String[] { "POST", "/api/v1/study-groups/ITU-T-SG20/appointments" },
			new String[] { "DELETE", "/api/v1/appointments/x" }, new String[] { "POST", "/api/v1/pilot/terms/period" },
			new String[] { "PUT", "/api/v1/pilot/terms/study-groups" },
			new String[] { "POST", "/api/v1/expressions-of-interest/x/invitation" },
			new String[] { "POST", "/api/v1/contributions/x/publication" },
			new String[] { "POST", "/api/v1/admin/accounts" });

	private static final List<String> BODIES = List.of("{\"studyGroup\":", "[1, 2]", "{\"title\": 5, \"startDate\": true}",
			"{}");

	@Test
	void aParticipantIsRefusedEverySecretariatCallWhateverItsBody() {
		String participant = pilot.person("participant", Set.of()).token();
		for (String[] call : SECRETARIAT_CALLS) {
			for (String body : BODIES) {
				RawHttp.Response response = RawHttp.send(port, call[0], call[1], body, "Authorization: Bearer " + participant,
						"Content-Type: application/json");
				assertThat(response.status()).as("%s %s %s -> %s", call[0], call[1], body, response).isEqualTo(403);
				assertThat(response.body()).contains("https://sgbridge.org/problems/forbidden");
			}
		}
	}

	@Test
	void someoneNotSignedInIsAskedToSignInWhateverTheBody() {
		for (String[] call : SECRETARIAT_CALLS) {
			for (String body : BODIES) {
				RawHttp.Response response = RawHttp.send(port, call[0], call[1], body, "Content-Type: application/json");
				assertThat(response.status()).as("%s %s %s -> %s", call[0], call[1], body, response).isEqualTo(401);
				assertThat(response.body()).contains("https://sgbridge.org/problems/unauthenticated");
			}
		}
		for (String[] call : List.of(new String[] { "POST", "/api/v1/admission-requests" },
				new String[] { "POST", "/api/v1/organizations" }, new String[] { "POST", "/api/v1/meetings/x/registrations" },
				new String[] { "POST", "/api/v1/decisions/x/positions" })) {
			RawHttp.Response response = RawHttp.send(port, call[0], call[1], "{\"x\":", "Content-Type: application/json");
			assertThat(response.status()).as("%s %s -> %s", call[0], call[1], response).isEqualTo(401);
		}
	}

	@Test
	void theSecretariatHasItsBodyJudged() {
		String staff = pilot.secretariat();
		RawHttp.Response response = RawHttp.send(port, "POST", "/api/v1/meetings", "{\"studyGroup\":",
				"Authorization: Bearer " + staff, "Content-Type: application/json");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).contains("https://sgbridge.org/problems/malformed");
	}
}
