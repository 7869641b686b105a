package org.sgbridge.bsg.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The course's arithmetic, without Spring. */
class CourseScoringTests {

	@Test
	void aQuizAsksTenQuestionsOrTheWholeSmallerBank() {
		assertThat(CourseScoring.questionsToAsk(12)).isEqualTo(10);
		assertThat(CourseScoring.questionsToAsk(7)).isEqualTo(7);
	}

	@Test
	void theScoreIsTheFloorOfAHundredTimesRightOverAsked() {
		assertThat(CourseScoring.score(7, 10)).isEqualTo(70);
		assertThat(CourseScoring.score(2, 3)).isEqualTo(66);
		assertThat(CourseScoring.score(0, 7)).isZero();
		assertThat(CourseScoring.score(7, 7)).isEqualTo(100);
		assertThatThrownBy(() -> CourseScoring.score(4, 3)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theBestScoreIsTheHighest() {
		assertThat(CourseScoring.best(List.of(40, 90, 70)).getAsInt()).isEqualTo(90);
		assertThat(CourseScoring.best(List.of())).isEmpty();
	}

	@Test
	void theOverallIsTheFloorOfTheMeanOnceAllSixHaveAScore() {
		assertThat(CourseScoring.overall(List.of(100, 100, 100, 60, 60, 50)).getAsInt()).isEqualTo(78);
		assertThat(CourseScoring.overall(List.of(100, 100, 100, 70, 60, 50)).getAsInt()).isEqualTo(80);
		assertThat(CourseScoring.overall(Arrays.asList(100, 100, 100, 100, 100, null))).isEmpty();
		assertThat(CourseScoring.overall(List.of(100, 100))).isEmpty();
	}

	@Test
	void theCertificateIsEarnedFromEighty() {
		assertThat(CourseScoring.passes(CourseScoring.overall(List.of(80, 80, 80, 80, 80, 80)))).isTrue();
		assertThat(CourseScoring.passes(CourseScoring.overall(List.of(80, 80, 80, 80, 80, 79)))).isFalse();
		assertThat(CourseScoring.passes(CourseScoring.overall(Arrays.asList(100, 100, 100, 100, 100, null)))).isFalse();
	}
}
