package org.sgbridge.bsg.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.ApiTest;

import tools.jackson.databind.JsonNode;

/** API.md "The A.1 course" over HTTP: enrolment, quizzes, scores, progress, certificates, and who may do what. */
class CourseApiTests extends ApiTest {

	private CourseFixtures course;

	@BeforeEach
	void fixtures() {
		course = new CourseFixtures(accounts, api, pilot);
	}

	private static void refused(Api.Response response, int status, String slug) {
		assertThat(response.status()).as("%s", response).isEqualTo(status);
		assertThat(response.problem()).as("%s", response).isEqualTo(slug);
	}

	@Test
	void theCourseIsPublicInTheRequestsLanguageWithItsSixModules() {
		Api.Response en = api.get("/api/v1/courses/A1");
		assertThat(en.status()).isEqualTo(200);
		assertThat(en.json().path("code").asString()).isEqualTo("A1");
		assertThat(en.json().path("passMark").asInt()).isEqualTo(80);
		assertThat(en.json().path("modules")).hasSize(6);
		assertThat(en.json().path("modules").get(0).path("title").asString()).isEqualTo("Standardization in ITU-T");
		assertThat(en.json().path("modules").get(5).path("title").asString())
			.isEqualTo("Further infrastructure supporting the study group process");
		Api.Response fr = api.with("Accept-Language", "fr").get("/api/v1/courses/A1");
		assertThat(fr.json().path("title").asString()).contains("Le cours en ligne A.1");
		assertThat(api.get("/api/v1/courses/B2").status()).isEqualTo(404);
	}

	@Test
	void enrolmentIs201ThenOkAndNeedsASignedInAccount() {
		CourseFixtures.Learner l = course.learner("Awa Diallo", "en");
		assertThat(api.bearer(l.token()).post("/api/v1/courses/A1/enrolment", Map.of()).status()).isEqualTo(201);
		assertThat(api.bearer(l.token()).post("/api/v1/courses/A1/enrolment", Map.of()).status()).isEqualTo(200);
		assertThat(api.post("/api/v1/courses/A1/enrolment", Map.of()).status()).isEqualTo(401);
	}

	@Test
	void aQuizNeedsEnrolmentAndHidesTheRightAnswers() {
		CourseFixtures.Learner l = course.learner("Kofi Mensah", "en");
		refused(api.bearer(l.token()).post("/api/v1/courses/A1/modules/1/attempts", Map.of()), 422, "not-enrolled");
		refused(api.bearer(l.token()).get("/api/v1/courses/A1/progress"), 422, "not-enrolled");
		api.bearer(l.token()).post("/api/v1/courses/A1/enrolment", Map.of());
		JsonNode attempt = course.start(l, 1);
		assertThat(attempt.path("questions")).hasSize(10);
		assertThat(attempt.toString()).doesNotContain("correct");
		for (JsonNode q : attempt.path("questions")) {
			assertThat(q.path("choices").size()).isGreaterThanOrEqualTo(2);
		}
		assertThat(api.bearer(l.token()).post("/api/v1/courses/A1/modules/7/attempts", Map.of()).status()).isEqualTo(404);
	}

	@Test
	void theScoreIsTheFloorOfTheShareRightAndAnUnansweredQuestionIsWrong() {
		CourseFixtures.Learner l = course.enrolled("Lina Haddad", "en");
		JsonNode result = course.take(l, 2, 7);
		assertThat(result.path("score").asInt()).isEqualTo(70);
		assertThat(result.path("correct").asInt()).isEqualTo(7);
		assertThat(result.path("total").asInt()).isEqualTo(10);
		JsonNode attempt = course.start(l, 2);
		List<Map<String, String>> answers = course.answers(attempt, 10).subList(0, 4);
		JsonNode partial = course.submit(l, attempt.path("id").asString(), answers).json();
		assertThat(partial.path("score").asInt()).isEqualTo(40);
	}

	@Test
	void theBestScoreOfAModuleCountsAndTheOverallWaitsForAllSix() {
		CourseFixtures.Learner l = course.enrolled("Ana Tupou", "en");
		course.take(l, 1, 9);
		course.take(l, 1, 3);
		JsonNode progress = course.progress(l);
		assertThat(progress.path("modules").get(0).path("bestScore").asInt()).isEqualTo(90);
		assertThat(progress.path("modules").get(1).path("bestScore").isNull()).isTrue();
		assertThat(progress.path("overall").isNull()).isTrue();
		assertThat(progress.path("certificate").isNull()).isTrue();
		for (int n = 2; n <= 6; n++) {
			course.take(l, n, 5);
		}
		// (90 + 5 × 50) / 6 = 56.67
		assertThat(course.progress(l).path("overall").asInt()).isEqualTo(56);
	}

	@org.springframework.beans.factory.annotation.Autowired
	A1Course a1;

	@Test
	void theFiguresCountEnrolmentsAndCertificatesOfThePeriod() {
		java.time.LocalDate today = org.sgbridge.platform.Dates.today(clock);
		A1Course.Figures before = a1.figures(today, today);
		CourseFixtures.Learner l = course.enrolled("Counted Learner", "en");
		course.enrolled("Other Counted", "en");
		course.takeAll(l, 10, 10, 10, 10, 10, 10);
		A1Course.Figures after = a1.figures(today, today);
		assertThat(after.enrolments() - before.enrolments()).isEqualTo(2);
		assertThat(after.certificates() - before.certificates()).isEqualTo(1);
		assertThat(a1.figures(today.minusDays(10), today.minusDays(1)).enrolments()).isLessThanOrEqualTo(before.enrolments());
	}

	@Test
	void noCertificateBelowEighty() {
		CourseFixtures.Learner l = course.enrolled("Tomasi Vake", "en");
		// 470 / 6 = 78.3
		course.takeAll(l, 10, 10, 10, 6, 6, 5);
		JsonNode progress = course.progress(l);
		assertThat(progress.path("overall").asInt()).isEqualTo(78);
		assertThat(progress.path("certificate").isNull()).isTrue();
	}

	@Test
	void theCertificateIsIssuedAtEightyAndCanBeVerifiedByAnyone() {
		CourseFixtures.Learner l = course.enrolled("Mariam Sow", "en");
		// 480 / 6 = 80
		course.takeAll(l, 10, 10, 10, 7, 6, 5);
		JsonNode progress = course.progress(l);
		assertThat(progress.path("overall").asInt()).isEqualTo(80);
		String code = progress.path("certificate").path("code").asString();
		assertThat(code).matches("[A-Z2-9]{10}");
		assertThat(progress.path("certificate").path("issuedOn").asString()).isNotBlank();
		JsonNode certificate = api.get("/api/v1/certificates/" + code).json();
		assertThat(certificate.path("name").asString()).isEqualTo("Mariam Sow");
		assertThat(certificate.path("course").asString()).isEqualTo("A1");
		assertThat(certificate.path("valid").asBoolean()).isTrue();
		// a later, better attempt issues no second certificate
		course.take(l, 6, 10);
		assertThat(course.progress(l).path("certificate").path("code").asString()).isEqualTo(code);
		assertThat(api.get("/api/v1/certificates/NOSUCHCODE").status()).isEqualTo(404);
	}

	@Test
	void theSecretariatRevokesWithAReasonAndTheVerificationSaysSo() {
		CourseFixtures.Learner l = course.enrolled("Rahul Karki", "en");
		course.takeAll(l, 10, 10, 10, 10, 10, 10);
		String code = course.progress(l).path("certificate").path("code").asString();
		refused(api.bearer(l.token()).post("/api/v1/certificates/" + code + "/revocation", Map.of("reason", "mine")), 403,
				"forbidden");
		Api.Response noReason = api.bearer(pilot.secretariat()).post("/api/v1/certificates/" + code + "/revocation",
				Map.of("reason", " "));
		refused(noReason, 400, "invalid-input");
		assertThat(noReason.body()).contains("reason");
		assertThat(api.get("/api/v1/certificates/" + code).json().path("valid").asBoolean()).isTrue();
		Api.Response revoked = api.bearer(pilot.secretariat()).post("/api/v1/certificates/" + code + "/revocation",
				Map.of("reason", "Answers shared with other learners"));
		assertThat(revoked.status()).as("%s", revoked).isEqualTo(200);
		assertThat(api.get("/api/v1/certificates/" + code).json().path("valid").asBoolean()).isFalse();
		refused(api.bearer(pilot.secretariat()).post("/api/v1/certificates/" + code + "/revocation",
				Map.of("reason", "again")), 409, "already-decided");
		var page = api.getBytes("/certificates/" + code);
		assertThat(new String(page.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("revoked");
		assertThat(api.getBytes("/certificates/NOSUCHCODE").statusCode()).isEqualTo(404);
		Api.Response audit = api.bearer(pilot.secretariat()).get("/api/v1/audit?subject=" + code);
		assertThat(audit.body()).contains("COURSE_CERTIFICATE_REVOKED").contains("Answers shared with other learners");
		assertThat(audit.body()).contains("COURSE_CERTIFICATE_ISSUED");
	}

	@Test
	void aSecondSubmissionIs409AndChangesNothing() {
		CourseFixtures.Learner l = course.enrolled("Chen Wei", "en");
		JsonNode attempt = course.start(l, 3);
		String id = attempt.path("id").asString();
		assertThat(course.submit(l, id, course.answers(attempt, 2)).json().path("score").asInt()).isEqualTo(20);
		refused(course.submit(l, id, course.answers(attempt, 10)), 409, "already-submitted");
		assertThat(course.progress(l).path("modules").get(2).path("bestScore").asInt()).isEqualTo(20);
	}

	@Test
	void simultaneousSubmissionsOfOneAttemptScoreItOnce() throws Exception {
		CourseFixtures.Learner l = course.enrolled("Fatou Ba", "en");
		JsonNode attempt = course.start(l, 4);
		String id = attempt.path("id").asString();
		List<Map<String, String>> answers = course.answers(attempt, 10);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<Integer>> results = new ArrayList<>();
		try {
			for (int i = 0; i < 4; i++) {
				Callable<Integer> submit = () -> {
					go.await();
					return course.submit(l, id, answers).status();
				};
				results.add(pool.submit(submit));
			}
			go.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> f : results) {
				statuses.add(f.get());
			}
			assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 409);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void anAnswerNamingAnotherAttemptsQuestionIs400AndScoresNothing() {
		CourseFixtures.Learner l = course.enrolled("Ivan Petrov", "en");
		JsonNode first = course.start(l, 5);
		JsonNode second = course.start(l, 5);
		List<Map<String, String>> answers = new ArrayList<>(course.answers(first, 10));
		String foreign = second.path("questions").get(0).path("id").asString();
		boolean inFirst = first.toString().contains(foreign);
		answers.set(0, Map.of("questionId", inFirst ? "no-such-question" : foreign, "choiceId", "x"));
		Api.Response refusedAnswer = course.submit(l, first.path("id").asString(), answers);
		refused(refusedAnswer, 400, "invalid-input");
		assertThat(refusedAnswer.body()).contains("answers[0].questionId");
		// a choice of another question
		List<Map<String, String>> wrongChoice = new ArrayList<>(course.answers(first, 10));
		String otherChoice = first.path("questions").get(1).path("choices").get(0).path("id").asString();
		wrongChoice.set(0, Map.of("questionId", first.path("questions").get(0).path("id").asString(), "choiceId", otherChoice));
		Api.Response refusedChoice = course.submit(l, first.path("id").asString(), wrongChoice);
		refused(refusedChoice, 400, "invalid-input");
		assertThat(refusedChoice.body()).contains("answers[0].choiceId");
		// nothing was scored: the attempt can still be submitted
		assertThat(course.submit(l, first.path("id").asString(), course.answers(first, 10)).json().path("score").asInt())
			.isEqualTo(100);
	}

	@Test
	void onlyTheOwnerSubmitsAnAttempt() {
		CourseFixtures.Learner owner = course.enrolled("Owner Lee", "en");
		CourseFixtures.Learner other = course.enrolled("Other Kim", "en");
		JsonNode attempt = course.start(owner, 1);
		refused(course.submit(other, attempt.path("id").asString(), course.answers(attempt, 10)), 403, "forbidden");
		assertThat(course.submit(owner, attempt.path("id").asString(), course.answers(attempt, 10)).status()).isEqualTo(200);
	}

	@Test
	void onlyTheSecretariatReadsAndKeepsTheBank() {
		CourseFixtures.Learner l = course.enrolled("Nadia Amrani", "en");
		assertThat(api.get("/api/v1/courses/A1/modules/1/questions").status()).isEqualTo(401);
		refused(api.bearer(l.token()).get("/api/v1/courses/A1/modules/1/questions"), 403, "forbidden");
		Map<String, Object> question = Map.of("text", "Who adopts Recommendation ITU-T A.1?", "choices", List.of(
				Map.of("text", "WTSA", "correct", true), Map.of("text", "A rapporteur", "correct", false)));
		refused(api.bearer(l.token()).post("/api/v1/courses/A1/modules/1/questions", question), 403, "forbidden");
		Api.Response bank = api.bearer(pilot.secretariat()).get("/api/v1/courses/A1/modules/1/questions");
		assertThat(bank.status()).isEqualTo(200);
		assertThat(bank.json().path("items").size()).isGreaterThanOrEqualTo(12);
		assertThat(bank.json().path("items").get(0).path("choices").get(0).has("correct")).isTrue();
	}

	@Test
	void aQuestionNeedsTwoChoicesAndExactlyOneRightOtherwiseNothingIsSaved() {
		String staff = pilot.secretariat();
		String path = "/api/v1/courses/A1/modules/6/questions";
		int before = api.bearer(staff).get(path).json().path("items").size();
		Api.Response none = api.bearer(staff).post(path, Map.of("text", "Q?", "choices", List.of(
				Map.of("text", "a", "correct", false), Map.of("text", "b", "correct", false))));
		refused(none, 400, "invalid-input");
		assertThat(none.json().path("errors").get(0).path("field").asString()).isEqualTo("choices");
		refused(api.bearer(staff).post(path, Map.of("text", "Q?", "choices", List.of(
				Map.of("text", "a", "correct", true), Map.of("text", "b", "correct", true)))), 400, "invalid-input");
		refused(api.bearer(staff).post(path, Map.of("text", "Q?", "choices", List.of(
				Map.of("text", "a", "correct", true)))), 400, "invalid-input");
		Api.Response blank = api.bearer(staff).post(path, Map.of("text", " ", "choices", List.of(
				Map.of("text", "a", "correct", true), Map.of("text", "b", "correct", false))));
		refused(blank, 400, "invalid-input");
		assertThat(blank.json().path("errors").get(0).path("field").asString()).isEqualTo("text");
		assertThat(api.bearer(staff).get(path).json().path("items").size()).isEqualTo(before);

		Api.Response added = api.bearer(staff).post(path, Map.of("text", "What may a focus group include?",
				"texts", Map.of("fr", "Qui un groupe spécialisé peut-il inclure ?"), "choices", List.of(
						Map.of("text", "Non-members of ITU", "correct", true), Map.of("text", "Only Member States", "correct", false))));
		assertThat(added.status()).as("%s", added).isEqualTo(201);
		assertThat(api.bearer(staff).get(path).json().path("items").size()).isEqualTo(before + 1);
		String id = added.json().path("id").asString();
		assertThat(api.bearer(staff).delete("/api/v1/course-questions/" + id).status()).isEqualTo(204);
		assertThat(api.bearer(staff).get(path).json().path("items").size()).isEqualTo(before);
		assertThat(api.bearer(staff).delete("/api/v1/course-questions/" + id).status()).isEqualTo(404);
	}
}
