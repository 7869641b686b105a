package org.sgbridge.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A long table drawn after a document's XHTML, read back as its readers' tools read it: every row
 * in its order, in the six languages' scripts (Arabic joined and right to left), the header row on
 * every page of the table, the running number and "page / pages" on the pages, in the documents'
 * fonts.
 */
class PdfTableTests {

	private static final int ROWS = 400;

	private static final String[] NAMES = { "Sahel Sensors %d", "Archimède Solutions SARL %d", "Цифровые решения %d",
			"Soluciones Andinas %d", "华为技术有限公司%d", "شركة الحلول الرقمية %d",
			"Hellenic Electronic Equipment Quality Assurance Center s.a. (HEEQAC S.A.) %d" };

	private static final String[] STATES = { "Niger", "Switzerland", "Russian Federation", "Chile", "China", "Egypt",
			"Iran (Islamic Republic of)" };

	private static String name(int i) {
		return String.format(NAMES[i % NAMES.length], i + 1);
	}

	private static byte[] document(String language, List<String> header) {
		boolean rtl = language.equals("ar");
		String xhtml = "<!DOCTYPE html><html lang=\"" + language + "\"" + (rtl ? " dir=\"rtl\"" : "")
				+ "><head><meta charset=\"utf-8\"/><title>t</title><style>@page { size: A4; margin: 22mm 20mm 20mm 20mm; }"
				+ " body { font-family: " + Pdf.FONTS_CSS + "; font-size: 10.5pt; margin: 0; }"
				+ " h2 { font-size: 12.5pt; page-break-after: avoid; }</style></head><body><h1>Before the table</h1>"
				+ "<p>A paragraph of the document.</p><h2>" + header.get(1) + "</h2></body></html>";
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < ROWS; i++) {
			rows.add(List.of(String.valueOf(i + 1), name(i), STATES[i % STATES.length], i % 3 == 0 ? "ITU-D; ITU-T" : "ITU-T",
					i % 3 == 0 ? "ITU-D-SG1; ITU-T-SG20" : "ITU-T-SG20"));
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new Pdf().render(xhtml, new Pdf.Pages("SGB/2026-12-03-" + language, 22, 20, 20, 20), new Pdf.Table(header, rows), out);
		return out.toByteArray();
	}

	@Test
	void everyRowIsInThePdfInItsOrderWithTheHeaderOnEveryPageInEnglishArabicAndChinese() throws Exception {
		Path folder = Files.createDirectories(Path.of("target", "documents"));
		for (List<String> header : List.of(List.of("No.", "Name of the SME", "Approving Member State", "Sector", "Study groups"),
				List.of("الرقم", "اسم المؤسسة الصغيرة أو المتوسطة", "الدولة العضو التي وافقت عليها", "القطاع", "لجان الدراسات"),
				List.of("序号", "中小企业名称", "批准的成员国", "部门", "研究组"))) {
			String language = header.get(0).equals("No.") ? "en" : header.get(0).equals("序号") ? "zh" : "ar";
			byte[] bytes = document(language, header);
			Files.write(folder.resolve("long-table-" + language + ".pdf"), bytes);
			try (PDDocument document = Loader.loadPDF(bytes)) {
				PDFTextStripper stripper = new PDFTextStripper();
				String text = readable(stripper.getText(document));
				assertThat(text).as(language).doesNotContain("\uFFFD").doesNotContain("#");
				int at = text.indexOf(readable(header.get(1)));
				assertThat(at).as("%s: the heading before the table", language).isGreaterThanOrEqualTo(0);
				for (int i = 0; i < ROWS; i++) {
					int next = text.indexOf(readable(name(i)), at);
					assertThat(next).as("%s: row %d (%s) after row %d", language, i + 1, name(i), i).isGreaterThan(at);
					at = next;
				}
				int pages = document.getNumberOfPages();
				assertThat(pages).as("%s: %d rows take several pages", language, ROWS).isGreaterThan(5);
				for (int page = 1; page <= pages; page++) {
					stripper.setStartPage(page);
					stripper.setEndPage(page);
					String onPage = readable(stripper.getText(document));
					assertThat(onPage).as("%s page %d", language, page).contains(page + " / " + pages);
					if (page > 1) {
						assertThat(onPage).as("%s page %d", language, page).contains("SGB/2026-12-03-" + language)
							.contains(readable(header.get(4)));
					}
					else {
						assertThat(onPage).as("no running number on the first page").doesNotContain("SGB/");
					}
				}
				Set<String> fonts = new HashSet<>();
				for (PDPage page : document.getPages()) {
					for (var name : page.getResources().getFontNames()) {
						PDFont font = page.getResources().getFont(name);
						assertThat(font.isEmbedded()).as(font.getName()).isTrue();
						fonts.add(font.getName().substring(font.getName().indexOf('+') + 1));
					}
				}
				assertThat(fonts).as(language).contains("NotoSans-Regular", "NotoSans-Bold", "NotoNaskhArabic-Regular",
						"DroidSansFallback");
			}
		}
	}

	/** Text as read: compatibility forms (Arabic presentation forms, ligatures) folded, no isolates, spaces collapsed. */
	private static String readable(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\u2066-\u2069]", "").replaceAll("\\s+", " ");
	}
}
