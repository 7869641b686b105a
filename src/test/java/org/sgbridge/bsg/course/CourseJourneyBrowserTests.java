package org.sgbridge.bsg.course;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sgbridge.account.AccountManagement;
import org.sgbridge.testing.Browser;
import org.sgbridge.testing.BrowserTest;
import org.sgbridge.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The A.1 course in Chromium, with the keyboard only: a learner working in French, then one in Arabic, enrols, reads a
 * module, takes the six quizzes (Tab into each group of choices, the arrow keys or Space to choose,
 * Enter to send), reaches the pass mark, downloads the certificate (its text read back from the PDF)
 * and opens the verification page at the address of the certificate's QR code. The secretariat's
 * bank and certificates pages, with a refusal and a revocation. axe-core on every kind of page.
 */
class CourseJourneyBrowserTests extends BrowserTest {

	@Autowired
	AccountManagement accounts;

	@Autowired
	CourseContent content;

	/** Presses Tab until the focus is on an element matching {@code selector}. */
	private static void tabTo(Page page, String selector) {
		for (int i = 0; i < 300; i++) {
			Boolean there = (Boolean) page.evaluate("s => !!document.activeElement && document.activeElement.matches(s)", selector);
			if (Boolean.TRUE.equals(there)) {
				return;
			}
			page.keyboard().press("Tab");
		}
		throw new AssertionError("Tab never reached " + selector + " on " + page.url());
	}

	/** Chooses a choice of the group the focus is in: Space for the first, the down arrow to move (which chooses). */
	private static void choose(Page page, String value) {
		page.keyboard().press("Space");
		for (int i = 0; i < 10; i++) {
			if (value.equals(page.evaluate("() => document.activeElement.value"))) {
				assertThat((Boolean) page.evaluate("() => document.activeElement.checked")).isTrue();
				return;
			}
			page.keyboard().press("ArrowDown");
		}
		throw new AssertionError("no choice " + value);
	}

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.context.MessageSource messages;

	private String msg(String key, String language) {
		return messages.getMessage(key, null, java.util.Locale.forLanguageTag(language));
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(strings = { "fr", "ar" })
	void aLearnerTakesTheSixQuizzesWithTheKeyboardAndVerifiesTheCertificate(String language) throws Exception {
		Set<String> right = new HashSet<>();
		for (int n = 1; n <= 6; n++) {
			content.bank(n).forEach(q -> q.choices().stream().filter(Question.Choice::correct).forEach(c -> right.add(c.id())));
		}
		String email = TestAccounts.uniqueEmail("apprenant");
		String name = "Aïssatou Diop " + email.substring(10, 18);
		accounts.createActive(email, TestAccounts.PASSWORD, name, Set.of(), language);
		Page page = signIn(email, language);
		page.navigate("/");
		tabTo(page, "main a[href='/course']");
		page.keyboard().press("Enter");
		page.waitForURL(url -> url.endsWith("/course"));
		assertThat(page.locator("h1")).hasText(msg("course.title", language));
		Browser.assertAccessible(page);
		tabTo(page, "#enrol-button");
		page.keyboard().press("Enter");
		assertThat(page.locator("#progress")).isVisible();

		for (int n = 1; n <= 6; n++) {
			tabTo(page, "#modules a[href='/course/modules/" + n + "']");
			page.keyboard().press("Enter");
			int module = n;
			page.waitForURL(url -> url.endsWith("/course/modules/" + module));
			if (n == 1) {
				assertThat(page.locator("main")).containsText(msg("studygroup.unofficial", language));
				Browser.assertAccessible(page);
			}
			tabTo(page, "#start-quiz");
			page.keyboard().press("Enter");
			page.waitForURL(url -> url.contains("/course/attempts/"));
			assertThat(page.locator("#submit-quiz")).isVisible();
			if (n == 1) {
				Browser.assertAccessible(page);
			}
			int groups = page.locator("#quiz fieldset").count();
			assertThat(groups).isEqualTo(10);
			for (int g = 1; g <= groups; g++) {
				tabTo(page, "#q-" + g + " input[type=radio]");
				List<String> values = page.locator("#q-" + g + " input[type=radio]").all().stream()
					.map(r -> r.getAttribute("value")).toList();
				choose(page, values.stream().filter(right::contains).findFirst().orElseThrow());
			}
			tabTo(page, "#submit-quiz");
			page.keyboard().press("Enter");
			assertThat(page.locator("#result")).containsText("100");
			if (n == 1) {
				Browser.assertAccessible(page);
			}
			if (n == 6) {
				assertThat(page.locator("#issued")).isVisible();
			}
			tabTo(page, "#back-to-course");
			page.keyboard().press("Enter");
			page.waitForURL(url -> url.endsWith("/course"));
		}

		assertThat(page.locator("#overall")).containsText("100");
		assertThat(page.locator("#certificate")).isVisible();
		Browser.assertAccessible(page);
		tabTo(page, "#certificate-pdf");
		Download download = page.waitForDownload(() -> page.keyboard().press("Enter"));
		byte[] pdf = Files.readAllBytes(download.path());
		String url;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = readable(new PDFTextStripper().getText(document));
			assertThat(text).contains(name).doesNotContain("#").doesNotContain("\uFFFD");
			for (String key : List.of("certificate.title", "certificate.certifies")) {
				for (String word : readable(msg(key, language)).split(" ")) {
					assertThat(text).as(key).contains(word);
				}
			}
			url = qrCode(document);
		}
		assertThat(url).startsWith(baseUrl() + "/certificates/");
		page.navigate(url);
		assertThat(page.locator("#verdict")).hasText(msg("course.verify.valid", language));
		assertThat(page.locator("main")).containsText(name);
		Browser.assertAccessible(page);
		page.context().close();

		Page anonymous = newPage();
		anonymous.navigate(url.replace(baseUrl(), "") + "?lang=zh");
		assertThat(anonymous.locator("#verdict")).hasText("此证书有效。");
		Browser.assertAccessible(anonymous);
		anonymous.context().close();
	}

	@Test
	void theSecretariatKeepsTheBankAndRevokesACertificate() {
		String email = TestAccounts.uniqueEmail("tsb");
		accounts.createActive(email, TestAccounts.PASSWORD, "Staff Member", Set.of("SECRETARIAT"), "en");
		Page page = signIn(email, "en");
		followNavigation(page, "/course/bank/1");
		page.waitForURL(url -> url.endsWith("/course/bank/1"));
		Browser.assertAccessible(page);
		page.locator("#text").fill("Which body adopts Recommendation ITU-T A.1?");
		page.locator("#choice-0").fill("WTSA");
		page.locator("#choice-1").fill("A rapporteur group");
		page.locator("#add-question").click();
		assertThat(page.locator("#form-errors")).isVisible();
		assertThat(page.locator("#choices-error")).isVisible();
		Browser.assertAccessible(page);
		page.locator("#correct-0").check();
		page.locator("#add-question").click();
		assertThat(page.locator("main [role=status]")).isVisible();
		assertThat(page.locator("#questions")).containsText("Which body adopts Recommendation ITU-T A.1?");
		page.locator("#questions li:has-text('Which body adopts Recommendation ITU-T A.1?') a").first().click();
		Browser.assertAccessible(page);
		page.locator("#save-question").click();
		page.locator("#questions li:has-text('Which body adopts Recommendation ITU-T A.1?') button").first().click();
		assertThat(page.locator("#confirm")).isVisible();
		Browser.assertAccessible(page);
		page.locator("#confirm").click();
		assertThat(page.locator("#questions")).not().containsText("Which body adopts Recommendation ITU-T A.1?");

		followNavigation(page, "/course/certificates");
		page.waitForURL(url -> url.endsWith("/course/certificates"));
		Browser.assertAccessible(page);
	}

	/** The text as written: Arabic's shaped forms and kashidas undone, isolates dropped, spaces collapsed. */
	private static String readable(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\u2066-\u2069\u0640]", "").replaceAll("\\s+", " ");
	}

	private static String qrCode(PDDocument document) throws Exception {
		var resources = document.getPage(0).getResources();
		for (COSName name : resources.getXObjectNames()) {
			if (resources.getXObject(name) instanceof PDImageXObject image) {
				BufferedImage picture = image.getImage();
				return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(picture))))
					.getText();
			}
		}
		throw new AssertionError("no image in the certificate");
	}
}
