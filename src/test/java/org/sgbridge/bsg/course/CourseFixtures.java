package org.sgbridge.bsg.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sgbridge.account.AccountManagement;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.PilotFixtures;
import org.sgbridge.testing.TestAccounts;

import tools.jackson.databind.JsonNode;

/** Learners of the A.1 course and their quizzes, through the API, knowing the right answers from the bank. */
final class CourseFixtures {

	private final AccountManagement accounts;
	private final Api api;
	private final PilotFixtures pilot;
	private final Map<String, String> rightChoice = new HashMap<>();
	private final Map<String, String> wrongChoice = new HashMap<>();

	CourseFixtures(AccountManagement accounts, Api api, PilotFixtures pilot) {
		this.accounts = accounts;
		this.api = api;
		this.pilot = pilot;
	}

	/** A learner with an account in {@code language}: its id, name and token. */
	record Learner(String id, String name, String email, String token) {
	}

	Learner learner(String name, String language) {
		String email = TestAccounts.uniqueEmail("learner");
		String id = accounts.createActive(email, TestAccounts.PASSWORD, name, Set.of(), language).id();
		return new Learner(id, name, email, pilot.people().token(email, TestAccounts.PASSWORD));
	}

	Learner enrolled(String name, String language) {
		Learner l = learner(name, language);
		assertThat(api.bearer(l.token()).post("/api/v1/courses/A1/enrolment", Map.of()).status()).isEqualTo(201);
		return l;
	}

	/** The right and a wrong choice of every question of a module's bank, read as the secretariat. */
	void learnBank(int module) {
		Api.Response bank = api.bearer(pilot.secretariat()).get("/api/v1/courses/A1/modules/" + module + "/questions");
		assertThat(bank.status()).as("%s", bank).isEqualTo(200);
		for (JsonNode q : bank.json().path("items")) {
			for (JsonNode c : q.path("choices")) {
				(c.path("correct").asBoolean() ? rightChoice : wrongChoice).put(q.path("id").asString(), c.path("id").asString());
			}
		}
	}

	JsonNode start(Learner l, int module) {
		Api.Response started = api.bearer(l.token()).post("/api/v1/courses/A1/modules/" + module + "/attempts", Map.of());
		assertThat(started.status()).as("%s", started).isEqualTo(201);
		return started.json();
	}

	/** The answers to an attempt with the first {@code right} questions right and the others wrong. */
	List<Map<String, String>> answers(JsonNode attempt, int right) {
		List<Map<String, String>> answers = new ArrayList<>();
		int i = 0;
		for (JsonNode q : attempt.path("questions")) {
			String id = q.path("id").asString();
			if (!rightChoice.containsKey(id)) {
				learnBank(attempt.path("module").asInt());
			}
			answers.add(Map.of("questionId", id, "choiceId", i++ < right ? rightChoice.get(id) : wrongChoice.get(id)));
		}
		return answers;
	}

	/** Takes a quiz of the module answering {@code right} of its ten questions right; returns the result. */
	JsonNode take(Learner l, int module, int right) {
		JsonNode attempt = start(l, module);
		Api.Response result = submit(l, attempt.path("id").asString(), answers(attempt, right));
		assertThat(result.status()).as("%s", result).isEqualTo(200);
		return result.json();
	}

	Api.Response submit(Learner l, String attemptId, List<Map<String, String>> answers) {
		return api.bearer(l.token()).post("/api/v1/quiz-attempts/" + attemptId + "/answers", Map.of("answers", answers));
	}

	JsonNode progress(Learner l) {
		Api.Response p = api.bearer(l.token()).get("/api/v1/courses/A1/progress");
		assertThat(p.status()).as("%s", p).isEqualTo(200);
		return p.json();
	}

	/** Takes the six quizzes with these numbers of right answers (out of ten). */
	void takeAll(Learner l, int... right) {
		for (int n = 1; n <= 6; n++) {
			take(l, n, right[n - 1]);
		}
	}
}
