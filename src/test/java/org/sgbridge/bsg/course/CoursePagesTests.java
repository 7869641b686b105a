package org.sgbridge.bsg.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PageClient;
import org.sgbridge.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;

/** The course's pages without JavaScript: who may open them, the quiz form, bad input beside its field, revocation. */
class CoursePagesTests extends ApiTest {

	@Autowired
	CourseContent content;

	private CourseFixtures course;

	@BeforeEach
	void fixtures() {
		course = new CourseFixtures(accounts, api, pilot);
	}

	private PageClient signedIn(String name, Set<String> roles, String language) {
		String email = TestAccounts.uniqueEmail("pages");
		accounts.createActive(email, TestAccounts.PASSWORD, name, roles, language);
		PageClient client = new PageClient(port);
		assertThat(client.signIn(email, TestAccounts.PASSWORD).statusCode()).isEqualTo(302);
		return client;
	}

	@Test
	void anyoneReadsTheCourseAndItsModulesButOnlyTheSecretariatOpensTheBankAndCertificates() {
		PageClient anonymous = new PageClient(port);
		HttpResponse<String> home = anonymous.get("/course");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Standardization in ITU-T").contains("href=\"/signin\"");
		assertThat(anonymous.get("/course/modules/1").statusCode()).isEqualTo(200);
		assertThat(anonymous.get("/course/modules/9").statusCode()).isEqualTo(404);
		assertThat(anonymous.get("/course/bank/1").statusCode()).isEqualTo(401);
		assertThat(anonymous.get("/course/certificates").statusCode()).isEqualTo(401);

		PageClient learner = signedIn("Page Learner", Set.of(), "en");
		assertThat(learner.get("/course/bank/1").statusCode()).isEqualTo(403);
		assertThat(learner.get("/course/certificates").statusCode()).isEqualTo(403);

		PageClient staff = signedIn("Page Staff", Set.of("SECRETARIAT"), "en");
		HttpResponse<String> bank = staff.get("/course/bank/1");
		assertThat(bank.statusCode()).isEqualTo(200);
		assertThat(bank.body()).contains("right answer");
		assertThat(staff.get("/course/certificates").statusCode()).isEqualTo(200);
	}

	@Test
	void aTranslatedModuleIsMarkedUnofficial() {
		PageClient reader = new PageClient(port);
		reader.get("/course?lang=fr");
		HttpResponse<String> module = reader.get("/course/modules/1");
		assertThat(module.body()).contains("lang=\"fr\"").contains("Traduction non officielle");
	}

	@Test
	void aLearnerEnrolsTakesAQuizAndSeesTheResultOnceAnotherLearnerCannotOpenIt() {
		PageClient learner = signedIn("Quiz Taker", Set.of(), "en");
		assertThat(learner.post("/course", "/course/enrolment", Map.of()).statusCode()).isEqualTo(302);
		assertThat(learner.get("/course").body()).contains("Your progress");
		HttpResponse<String> started = learner.post("/course/modules/2", "/course/modules/2/attempts", Map.of());
		assertThat(started.statusCode()).isEqualTo(302);
		String location = started.headers().firstValue("Location").orElseThrow();
		String path = location.replaceFirst("^https?://[^/]+", "");
		HttpResponse<String> quiz = learner.get(path);
		assertThat(quiz.statusCode()).isEqualTo(200);
		assertThat(quiz.body()).contains("<fieldset").contains("<legend").contains("type=\"radio\"");
		PageClient other = signedIn("Someone Else", Set.of(), "en");
		assertThat(other.get(path).statusCode()).isEqualTo(403);

		// answers every question with its first choice
		Matcher radios = Pattern.compile("<input[^>]*type=\"radio\"[^>]*>").matcher(quiz.body());
		java.util.Map<String, String> answers = new java.util.LinkedHashMap<>();
		while (radios.find()) {
			Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(radios.group());
			Matcher value = Pattern.compile("value=\"([^\"]+)\"").matcher(radios.group());
			assertThat(name.find() && value.find()).as(radios.group()).isTrue();
			answers.putIfAbsent(name.group(1), value.group(1));
		}
		assertThat(answers).hasSize(10);
		assertThat(learner.post(path, path, answers).statusCode()).isEqualTo(302);
		HttpResponse<String> result = learner.get(path);
		assertThat(result.body()).contains("id=\"result\"").contains("Your score:");
		HttpResponse<String> again = learner.post(path, path, answers);
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(learner.get(path).body()).contains("already submitted");
	}

	@Test
	void aQuestionWithoutARightAnswerIsRefusedBesideItsFieldAndNothingIsSaved() {
		PageClient staff = signedIn("Bank Keeper", Set.of("SECRETARIAT"), "en");
		int before = content.bank(6).size();
		HttpResponse<String> refused = staff.postPairs("/course/bank/6", "/course/bank/6", "text", "Which body adopts A.1?",
				"choice", "WTSA", "choice", "TSAG", "choice", "", "choice", "");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("id=\"choices-error\"").contains("Mark one choice as the right answer.");
		assertThat(refused.body()).contains("Which body adopts A.1?");
		assertThat(content.bank(6)).hasSize(before);

		HttpResponse<String> added = staff.postPairs("/course/bank/6", "/course/bank/6", "text", "Which body adopts A.1?",
				"choice", "WTSA", "choice", "TSAG", "choice", "", "choice", "", "correct", "0");
		assertThat(added.statusCode()).isEqualTo(302);
		Question q = content.bank(6).stream().filter(x -> x.text().equals("Which body adopts A.1?")).findFirst().orElseThrow();
		assertThat(q.choices()).hasSize(2);
		assertThat(q.choices().get(0).correct()).isTrue();

		HttpResponse<String> edited = staff.postPairs("/course/bank/questions/" + q.id(), "/course/bank/questions/" + q.id(),
				"text", "Which assembly adopts Recommendation ITU-T A.1?", "choice", "WTSA", "choice", "TSAG", "choice", "",
				"choice", "", "correct", "0");
		assertThat(edited.statusCode()).isEqualTo(302);
		Question now = content.bank(6).stream().filter(x -> x.text().startsWith("Which assembly")).findFirst().orElseThrow();

		HttpResponse<String> confirm = staff.post("/course/bank/6", "/course/bank/questions/" + now.id() + "/delete", Map.of());
		assertThat(confirm.statusCode()).isEqualTo(200);
		assertThat(confirm.body()).contains("id=\"confirm\"");
		assertThat(content.bank(6)).hasSize(before + 1);
		assertThat(staff.post("/course/bank/6", "/course/bank/questions/" + now.id() + "/delete", Map.of("confirmed", "true"))
			.statusCode()).isEqualTo(302);
		assertThat(content.bank(6)).hasSize(before);

		PageClient learner = signedIn("Not Staff", Set.of(), "en");
		assertThat(learner.postPairs("/course", "/course/bank/6", "text", "x", "choice", "a", "choice", "b", "correct", "0")
			.statusCode()).isEqualTo(403);
		assertThat(content.bank(6)).hasSize(before);
	}

	@Test
	void theSecretariatRevokesACertificateAfterConfirmingAndTheVerificationPageSaysRevoked() {
		CourseFixtures.Learner l = course.enrolled("Revoked Holder", "en");
		course.takeAll(l, 10, 10, 10, 10, 10, 10);
		String code = course.progress(l).path("certificate").path("code").asString();
		PageClient anonymous = new PageClient(port);
		assertThat(anonymous.get("/certificates/" + code).body()).contains("This certificate is valid.");

		PageClient learner = signedIn("Curious Learner", Set.of(), "en");
		assertThat(learner.post("/course", "/course/certificates/" + code + "/revocation", Map.of("reason", "x", "confirmed", "true"))
			.statusCode()).isEqualTo(403);

		PageClient staff = signedIn("Revoking Staff", Set.of("SECRETARIAT"), "en");
		HttpResponse<String> noReason = staff.post("/course/certificates", "/course/certificates/" + code + "/revocation",
				Map.of("reason", ""));
		assertThat(noReason.statusCode()).isEqualTo(400);
		assertThat(noReason.body()).contains("id=\"reason-" + code + "-error\"");
		HttpResponse<String> confirm = staff.post("/course/certificates", "/course/certificates/" + code + "/revocation",
				Map.of("reason", "Identity not confirmed"));
		assertThat(confirm.statusCode()).isEqualTo(200);
		assertThat(confirm.body()).contains("Revoked Holder").contains("id=\"confirm\"");
		assertThat(anonymous.get("/certificates/" + code).body()).contains("This certificate is valid.");
		assertThat(staff.post("/course/certificates", "/course/certificates/" + code + "/revocation",
				Map.of("reason", "Identity not confirmed", "confirmed", "true")).statusCode()).isEqualTo(302);
		HttpResponse<String> verified = anonymous.get("/certificates/" + code);
		assertThat(verified.statusCode()).isEqualTo(200);
		assertThat(verified.body()).contains("This certificate was revoked on");
		assertThat(staff.get("/course/certificates").body()).contains("Identity not confirmed");
		assertThat(anonymous.get("/certificates/UNKNOWN123").statusCode()).isEqualTo(404);
	}
}
