package org.sgbridge.bsg.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sgbridge.testing.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * The certificate as its holder and a verifier read it: in the holder's language (English, Arabic,
 * Chinese here), the text read back from the PDF holds the holder's name and the translated title
 * and sentences with no replacement glyph, the embedded fonts cover the script, and the QR code
 * decoded from the PDF's image is the address of the public verification page. The files are kept
 * under target/documents to be looked at.
 */
class CertificatePdfTests extends ApiTest {

	@Autowired
	MessageSource messages;

	@Autowired
	Certificates certificates;

	private CourseFixtures course;

	@BeforeEach
	void fixtures() {
		course = new CourseFixtures(accounts, api, pilot);
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "ar", "zh" })
	void theCertificateReadsBackInTheHoldersLanguageWithItsQrCode(String language) throws Exception {
		String name = switch (language) {
			case "ar" -> "ليلى حداد";
			case "zh" -> "王小明";
			default -> "Amélie Ndiaye-Okafor";
		};
		CourseFixtures.Learner l = course.enrolled(name, language);
		course.takeAll(l, 10, 9, 10, 8, 9, 10);
		String code = course.progress(l).path("certificate").path("code").asString();
		assertThat(code).isNotBlank();

		HttpResponse<byte[]> response = api.getBytes("/api/v1/certificates/" + code, "Accept", "application/pdf");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
		Path folder = Files.createDirectories(Path.of("target", "documents"));
		Files.write(folder.resolve("a1-certificate-" + language + ".pdf"), response.body());

		Locale locale = Locale.forLanguageTag(language);
		try (PDDocument pdf = Loader.loadPDF(response.body())) {
			String text = readable(new PDFTextStripper().getText(pdf));
			assertThat(text).doesNotContain("\uFFFD").doesNotContain("#");
			containsWords(text, name, language);
			containsWords(text, messages.getMessage("certificate.title", null, locale), language);
			containsWords(text, messages.getMessage("certificate.certifies", null, locale), language);
			containsWords(text, messages.getMessage("letter.itu", null, locale), language);
			assertThat(text).contains(code).contains("93");
			if (!language.equals("en")) {
				assertThat(text).doesNotContain("Certificate of achievement");
			}
			Set<String> fonts = fonts(pdf);
			if (language.equals("ar")) {
				assertThat(fonts).anyMatch(f -> f.contains("NotoNaskhArabic"));
			}
			if (language.equals("zh")) {
				assertThat(fonts).anyMatch(f -> f.contains("DroidSans"));
			}
			List<String> decoded = qrCodes(pdf);
			assertThat(decoded).containsExactly(certificates.verificationUrl(code));
			assertThat(decoded.get(0)).endsWith("/certificates/" + code);
		}
		// the address of the QR code is the public verification page, which says the certificate is valid
		String path = certificates.verificationUrl(code).replaceFirst("^https?://[^/]+", "");
		HttpResponse<byte[]> page = api.getBytes(path, "Accept-Language", "en");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(new String(page.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("This certificate is valid.");
	}

	@org.junit.jupiter.api.Test
	void anUnknownCodeIs404AsPdfAndAsJson() {
		assertThat(api.getBytes("/api/v1/certificates/NOSUCHCODE", "Accept", "application/pdf").statusCode()).isEqualTo(404);
		assertThat(api.get("/api/v1/certificates/NOSUCHCODE").status()).isEqualTo(404);
		assertThat(api.getBytes("/certificates/NOSUCHCODE/certificate.pdf").statusCode()).isEqualTo(404);
	}

	private static List<String> qrCodes(PDDocument pdf) throws Exception {
		List<String> found = new java.util.ArrayList<>();
		for (PDPage page : pdf.getPages()) {
			collect(page.getResources(), found);
		}
		return found;
	}

	private static void collect(PDResources resources, List<String> found) throws Exception {
		if (resources == null) {
			return;
		}
		for (COSName name : resources.getXObjectNames()) {
			var x = resources.getXObject(name);
			if (x instanceof PDImageXObject image) {
				BufferedImage picture = image.getImage();
				found.add(new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(picture))))
					.getText());
			}
			else if (x instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
				collect(form.getResources(), found);
			}
		}
	}

	/** Each word of {@code expected} is in {@code text} (PDFBox gives Arabic lines in visual order). */
	private static void containsWords(String text, String expected, String what) {
		for (String word : readable(expected).split("[ \u2013]")) {
			assertThat(text).as(what).contains(word);
		}
	}

	/** Arabic letters come back in their shaped forms (a vowel mark after a kashida); compatibility normalisation and dropping the kashida give the letters. */
	private static String readable(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\u2066-\u2069\u0640]", "").replaceAll("\\s+", " ");
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
