package org.sgbridge.studygroup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PageClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Study group and Question titles in the six languages of ITU: each exists in each language, in its
 * script; ITU's own text (the English title) is shown as it is, a translation made for SG Bridge is
 * marked "Unofficial translation" in the page's language, and the API gives the title in the
 * request's language with the same flag.
 */
class StudyGroupTitlesTests extends ApiTest {

	static final List<String> SIX = List.of("ar", "en", "es", "fr", "ru", "zh");

	@Autowired
	StudyGroups groups;

	@Autowired
	Leadership leadership;

	@Autowired
	JdbcClient jdbc;

	private static void inSixLanguagesAndTheirScripts(String what, Map<String, String> titles) {
		assertThat(titles.keySet()).as("languages of %s", what).containsExactlyInAnyOrderElementsOf(SIX);
		titles.forEach((language, text) -> {
			assertThat(text).as("%s in %s", what, language).isNotBlank();
			assertThat(text).as("%s in %s: Latin digits only", what, language).doesNotContainPattern("[\u0660-\u0669\u06F0-\u06F9]");
			if (!language.equals("en")) {
				assertThat(text).as("%s in %s is translated", what, language).isNotEqualTo(titles.get("en"));
			}
		});
		assertThat(titles.get("ar")).as("%s in Arabic", what).containsPattern("\\p{IsArabic}{3}");
		assertThat(titles.get("zh")).as("%s in Chinese", what).containsPattern("\\p{IsHan}{2}");
		assertThat(titles.get("ru")).as("%s in Russian", what).containsPattern("\\p{IsCyrillic}{3}");
		assertThat(titles.get("fr") + titles.get("es")).as("%s in French and Spanish", what).containsPattern("\\p{IsLatin}{3}");
	}

	@Test
	void everyStudyGroupTitleAndQuestionTitleExistsInTheSixLanguages() {
		List<StudyGroup> all = groups.all(null);
		assertThat(all).extracting(StudyGroup::code).containsExactly("ITU-T-SG2", "ITU-T-SG3", "ITU-T-SG5", "ITU-T-SG9",
				"ITU-T-SG11", "ITU-T-SG12", "ITU-T-SG13", "ITU-T-SG15", "ITU-T-SG16", "ITU-T-SG17", "ITU-T-SG20", "ITU-D-SG1",
				"ITU-D-SG2");
		int questions = 0;
		for (StudyGroup group : all) {
			inSixLanguagesAndTheirScripts(group.code(), group.titles());
			for (Leadership.Question question : leadership.questions(group.code())) {
				inSixLanguagesAndTheirScripts("Q" + question.number(), question.titles());
				questions++;
			}
		}
		assertThat(questions).as("the Questions of the data: 26/16, 28/16, 4/20, 7/5, 2/2").isGreaterThanOrEqualTo(5);
		assertThat(groups.find("ITU-T-SG5").orElseThrow().titleIn(Locale.FRENCH).text())
			.isEqualTo("Environnement, changements climatiques et économie circulaire");
		assertThat(groups.find("ITU-D-SG1").orElseThrow().titleIn(Locale.CHINESE).text()).isEqualTo("有利于电信/信息通信技术发展的环境");
	}

	@Test
	void itusEnglishTitleIsOfficialAndTheTranslationsMadeHereAreNot() {
		StudyGroup sg16 = groups.find("ITU-T-SG16").orElseThrow();
		assertThat(sg16.titleIn(Locale.ENGLISH)).isEqualTo(new Title("Multimedia", "en", true));
		assertThat(sg16.titleIn(Locale.forLanguageTag("ar")).official()).isFalse();
		assertThat(sg16.titleIn(Locale.GERMAN)).as("a language without translation: ITU's English")
			.isEqualTo(new Title("Multimedia", "en", true));
	}

	private static int marks(String html) {
		Matcher m = Pattern.compile("class=\"[^\"]*unofficial-translation").matcher(html);
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}

	@Test
	void theUnofficialMarkAppearsOnlyOnTranslationsMadeHere() {
		PageClient page = new PageClient(port);
		String english = page.get("/study-groups?lang=en").body();
		assertThat(english).contains("Environment, climate change and circular economy");
		assertThat(marks(english)).as("ITU's own titles carry no mark").isZero();
		assertThat(english).doesNotContain("id=\"unofficial-note\"");

		String french = page.get("/study-groups?lang=fr").body();
		assertThat(french).contains("Environnement, changements climatiques et économie circulaire")
			.contains("Traduction non officielle").contains("id=\"unofficial-note\"");
		assertThat(marks(french)).as("one mark per translated title").isEqualTo(13);

		String chinese = page.get("/study-groups/ITU-T-SG16?lang=zh").body();
		assertThat(chinese).contains("多媒体").contains("多媒体系统和业务的无障碍获取").contains("非正式译文");
		assertThat(marks(chinese)).as("the group's title and its two Questions").isEqualTo(3);

		// Once the secretariat enters ITU's official Spanish title, it is shown without the mark.
		jdbc.sql("UPDATE study_group_title SET official = TRUE WHERE study_group = 'ITU-T-SG17' AND lang = 'es'").update();
		try {
			String spanish = page.get("/study-groups?lang=es").body();
			assertThat(marks(spanish)).isEqualTo(12);
			int row = spanish.indexOf(">ITU-T-SG17<");
			assertThat(spanish.substring(row, spanish.indexOf("</tr>", row))).contains("Seguridad")
				.doesNotContain("unofficial-translation");
			assertThat(marks(page.get("/study-groups/ITU-T-SG17?lang=es").body())).isZero();
		}
		finally {
			jdbc.sql("UPDATE study_group_title SET official = FALSE WHERE study_group = 'ITU-T-SG17' AND lang = 'es'").update();
		}
	}

	@Test
	void theApiGivesTheTitleInTheRequestsLanguageWithItsOfficialFlag() {
		JsonNode french = find(api.with("Accept-Language", "fr-CH").get("/api/v1/study-groups"), "ITU-T-SG20");
		assertThat(french.path("title").asString()).isEqualTo("Internet des objets et villes et communautés intelligentes");
		assertThat(french.path("titleOfficial").asBoolean()).isFalse();
		assertThat(french.path("titleLanguage").asString()).isEqualTo("fr");
		assertThat(french.path("titles").path("en").asString()).isEqualTo("Internet of things and smart cities and communities");
		assertThat(french.path("titles").path("ar").asString()).isEqualTo("إنترنت الأشياء والمدن والمجتمعات الذكية");
		JsonNode english = find(api.get("/api/v1/study-groups"), "ITU-T-SG20");
		assertThat(english.path("title").asString()).isEqualTo("Internet of things and smart cities and communities");
		assertThat(english.path("titleOfficial").asBoolean()).isTrue();
	}

	@Test
	void arabicStudyGroupAndDecisionPagesWriteEveryDigitInLatin() {
		String secretariat = pilot.secretariat();
		Api.Response decision = api.bearer(secretariat).post("/api/v1/decisions", Map.of("studyGroup", "ITU-T-SG16",
				"subject", "Draft Recommendation H.DIGITS", "procedure", "TAP", "decidedOn", "2026-09-14"));
		assertThat(decision.status()).isEqualTo(201);
		PageClient page = new PageClient(port);
		for (String path : List.of("/study-groups?lang=ar", "/study-groups/ITU-T-SG16?lang=ar",
				"/study-groups/ITU-T-SG16/decisions?lang=ar")) {
			String html = page.get(path).body();
			assertThat(html).as(path).contains("lang=\"ar\"");
			String text = html.replaceAll("(?s)<script.*?</script>|<[^>]+>", " ");
			assertThat(text).as("%s: no Arabic-Indic digit", path).doesNotContainPattern("[\u0660-\u0669\u06F0-\u06F9]")
				.containsPattern("[0-9]{4}");
		}
		String decisions = page.get("/study-groups/ITU-T-SG16/decisions?lang=ar").body();
		assertThat(decisions).as("the decision's date as Arabic readers of ITU documents write it").contains("14 سبتمبر 2026");
	}

	private static JsonNode find(Api.Response response, String code) {
		assertThat(response.status()).isEqualTo(200);
		for (JsonNode g : response.json().path("items")) {
			if (g.path("code").asString().equals(code)) {
				return g;
			}
		}
		throw new AssertionError(code);
	}
}
