package org.sgbridge.studygroup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sgbridge.SgBridgeApplication;
import org.sgbridge.testing.Api;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(classes = SgBridgeApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class StudyGroupApiTests {

	@LocalServerPort
	int port;

	private List<String> codes(Api.Response response) {
		List<String> codes = new ArrayList<>();
		response.json().path("items").forEach(g -> codes.add(g.path("code").asString()));
		return codes;
	}

	@Test
	void pilotGroupsAreTheSixThatChoseThePilot() {
		Api.Response response = new Api(port).get("/api/v1/study-groups?pilot=true");
		assertThat(codes(response)).containsExactlyInAnyOrder("ITU-T-SG5", "ITU-T-SG11", "ITU-T-SG16", "ITU-T-SG20",
				"ITU-D-SG1", "ITU-D-SG2");
		for (JsonNode g : response.json().path("items")) {
			assertThat(g.path("pilot").asBoolean()).isTrue();
		}
	}

	@Test
	void allGroupsOfTheSeedsStudyPeriodsWithTitles() {
		Api.Response response = new Api(port).get("/api/v1/study-groups");
		assertThat(codes(response)).hasSize(13).contains("ITU-T-SG13", "ITU-T-SG17").doesNotContain("ITU-T-SG21");
		JsonNode sg5 = null;
		for (JsonNode g : response.json().path("items")) {
			if (g.path("code").asString().equals("ITU-T-SG5")) {
				sg5 = g;
			}
			if (g.path("code").asString().equals("ITU-D-SG1")) {
				assertThat(g.path("studyPeriod").asString()).isEqualTo("2018-2021");
				assertThat(g.path("sector").asString()).isEqualTo("ITU-D");
			}
		}
		assertThat(sg5).isNotNull();
		assertThat(sg5.path("title").asString()).isEqualTo("Environment, climate change and circular economy");
		assertThat(sg5.path("studyPeriod").asString()).isEqualTo("2017-2020");
		assertThat(sg5.path("number").asInt()).isEqualTo(5);
		assertThat(response.json().path("total").asInt()).isEqualTo(13);
	}
}
