package org.sgbridge.studygroup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.ApiTest;

/** DOMAIN.md: a study period stays open until the next is added, so the pages show "2017–", not its planned end. */
class StudyPeriodShownTests extends ApiTest {

	@Test
	void anOpenStudyPeriodIsShownWithoutAnEnd() {
		Api.Response list = api.get("/study-groups");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("2017–").contains("2018–").doesNotContain("2017–2020").doesNotContain("2017-2020");
		Api.Response group = api.get("/study-groups/ITU-T-SG20");
		assertThat(group.body()).contains("2017–<").doesNotContain("2017-2020");
	}
}
