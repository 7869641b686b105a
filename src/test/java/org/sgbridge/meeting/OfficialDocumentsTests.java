package org.sgbridge.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Dates;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PilotFixtures.Person;
import org.sgbridge.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * The letters and the badge as a consulate or a delegate reads them, in each of the six languages:
 * the text read back from the PDF holds the translated title, the participant's name, the meeting
 * and its dates written for that language, with no replacement character; the embedded fonts
 * cover the script. The files are kept under target/documents to be looked at.
 */
class OfficialDocumentsTests extends ApiTest {

	private static final List<String> LANGUAGES = List.of("en", "fr", "es", "ru", "ar", "zh");

	@Autowired
	MeetingDocuments documents;

	@Autowired
	MessageSource messages;

	@Test
	void lettersAndBadgeReadBackInEverySixLanguagesWithTheirScriptsFonts() throws Exception {
		LocalDate start = LocalDate.now().plusDays(40);
		LocalDate end = start.plusDays(9);
		Map<String, Object> body = new HashMap<>(Map.of("studyGroup", "ITU-T-SG16", "kind", "STUDY_GROUP",
				"title", "ITU-T SG16 meeting", "startDate", start.toString(), "endDate", end.toString(), "city", "Genève",
				"country", "CH", "remoteParticipation", true, "registrationOpens", LocalDate.now().toString(),
				"registrationCloses", start.minusDays(5).toString()));
		String meeting = api.bearer(pilot.secretariat()).post("/api/v1/meetings", body).json().path("id").asString();
		String email = TestAccounts.uniqueEmail("amelie");
		String name = "Amélie Ndiaye-Okafor";
		String id = accounts.createActive(email, TestAccounts.PASSWORD, name, Set.of(), "en").id();
		Person delegate = new Person(id, email, pilot.people().token(email, TestAccounts.PASSWORD));
		pilot.dfp("SN", delegate);
		var registered = api.bearer(delegate.token()).post("/api/v1/meetings/" + meeting + "/registrations",
				Map.of("organizationId", pilot.administrationOf("SN"), "mode", "IN_PERSON", "visaSupport", true));
		assertThat(registered.json().path("status").asString()).as("%s", registered).isEqualTo("VALIDATED");
		String registration = registered.json().path("id").asString();
		Actor participant = new Actor(id, email, name, Set.of());

		Path folder = Files.createDirectories(Path.of("target", "documents"));
		for (String language : LANGUAGES) {
			Locale locale = Locale.forLanguageTag(language);
			for (MeetingDocuments.Kind kind : MeetingDocuments.Kind.values()) {
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				documents.write(participant, registration, kind, locale, out);
				Files.write(folder.resolve(kind.name().toLowerCase() + "-" + language + ".pdf"), out.toByteArray());
				try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
					String text = readable(new PDFTextStripper().getText(pdf));
					String what = kind + " in " + language;
					assertThat(text).as(what).doesNotContain("\uFFFD").doesNotContain("#");
					assertThat(text).as(what).contains(name, "ITU-T SG16 meeting");
					containsWords(text, messages.getMessage("letter.itu", null, locale), what);
					String title = switch (kind) {
						case CONFIRMATION -> "letter.confirmation.title";
						case VISA -> "letter.visa.title";
						case BADGE -> "letter.badge.title";
					};
					if (kind != MeetingDocuments.Kind.BADGE) {
						containsWords(text, messages.getMessage(title, null, locale), what);
					}
					containsWords(text, kind == MeetingDocuments.Kind.VISA ? Dates.format(start, locale)
							: Dates.formatRange(start, end, locale), what);
					assertThat(fonts(pdf)).as(what).anyMatch(font -> font.contains("NotoSans"));
					if (language.equals("ar")) {
						assertThat(fonts(pdf)).as(what).anyMatch(font -> font.contains("NotoNaskhArabic"));
					}
					if (language.equals("zh")) {
						assertThat(fonts(pdf)).as(what).anyMatch(font -> font.contains("DroidSans"));
					}
				}
			}
		}
	}

	/** Each word of {@code expected} is in {@code text} (PDFBox gives Arabic lines in visual order). */
	private static void containsWords(String text, String expected, String what) {
		for (String word : readable(expected).split("[ \u2013]")) {
			assertThat(text).as(what).contains(word);
		}
	}

	/** Arabic letters come back in their shaped forms; compatibility normalisation gives the letters. */
	private static String readable(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\u2066-\u2069]", "").replaceAll("\\s+", " ");
	}

	private static Set<String> fonts(PDDocument pdf) throws Exception {
		Set<String> names = new HashSet<>();
		for (PDPage page : pdf.getPages()) {
			for (COSName font : page.getResources().getFontNames()) {
				names.add(page.getResources().getFont(font).getName());
			}
		}
		return names;
	}
}
