package org.sgbridge.bsg.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sgbridge.platform.Problem;

/**
 * The shipped content of each module (bsg/a1/module-N.json) parses, has the module's title of
 * DOMAIN.md, content pages in English, and at least twelve questions that keep the bank's rules
 * (two choices or more, exactly one right), with their texts in the six languages.
 */
class CourseContentFilesTests {

	private static final List<String> TITLES = List.of("Standardization in ITU-T", "Managing the study groups",
			"Coordination", "Inputs to the study groups", "Outputs of the study groups",
			"Further infrastructure supporting the study group process");

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3, 4, 5, 6 })
	void eachModuleFileHoldsItsPagesAndAtLeastTwelveValidQuestions(int n) {
		CourseContentLoader.ModuleFile file = CourseContentLoader.read(n);
		assertThat(file).as("module %d", n).isNotNull();
		assertThat(file.number()).isEqualTo(n);
		assertThat(file.title().get("en")).isEqualTo(TITLES.get(n - 1));
		assertThat(file.pages()).isNotEmpty();
		file.pages().forEach(p -> {
			assertThat(p.title()).containsKey("en");
			assertThat(p.paragraphs()).containsKey("en");
		});
		assertThat(file.questions().size()).as("questions of module %d", n).isGreaterThanOrEqualTo(12);
		for (QuestionBank.NewQuestion q : file.questions()) {
			try {
				QuestionBank.validated(n, q);
			}
			catch (Problem invalid) {
				throw new AssertionError("module " + n + ": " + q.text() + " " + invalid.fieldProblems());
			}
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3, 4, 5, 6 })
	void theShippedModulesAreTranslatedIntoTheFiveOtherLanguages(int n) {
		CourseContentLoader.ModuleFile file = CourseContentLoader.read(n);
		List<String> others = List.of("fr", "es", "ar", "zh", "ru");
		assertThat(file.title()).containsKeys(others.toArray(String[]::new));
		for (QuestionBank.NewQuestion q : file.questions()) {
			assertThat(q.texts()).as(q.text()).containsKeys(others.toArray(String[]::new));
			q.choices().forEach(c -> assertThat(c.texts()).as(c.text()).containsKeys(others.toArray(String[]::new)));
		}
		file.pages().forEach(p -> assertThat(p.paragraphs()).containsKeys(others.toArray(String[]::new)));
	}
}
