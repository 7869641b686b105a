package org.sgbridge.platform;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.springframework.stereotype.Component;

/**
 * Renders well-formed XHTML to PDF with fonts for the six languages embedded (Noto Sans, Noto
 * Naskh Arabic, Droid Sans Fallback for Chinese) and right-to-left text shaped and ordered.
 * Documents set {@code font-family:} {@value #FONTS_CSS}: each font is its own family, so that a
 * character the first lacks is looked up in the next (under one shared family name only the first
 * font is used, and every Arabic or Chinese character comes out as a hash sign). A long table can
 * follow the XHTML on A4 pages, drawn straight with PDFBox in the same fonts ({@link Table}).
 */
@Component
public class Pdf {

	/** The value of a document's {@code font-family}: Latin and Cyrillic, then Arabic, then Chinese. */
	public static final String FONTS_CSS = "'SGB Latin', 'SGB Arabic', 'SGB Chinese'";

	private static final java.util.regex.Pattern RTL_DOCUMENT = java.util.regex.Pattern.compile("<html[^>]*\\sdir=\"rtl\"");

	private static final String TABLE_START = "sgb-table-start";

	private static final float POINTS_PER_MM = 72f / 25.4f;

	private volatile Path fontFolder;

	/**
	 * A long table, drawn after a document's XHTML: header cells and rows of plain text (nothing is
	 * escaped or interpreted), in the order of the columns whatever the document's direction.
	 */
	public record Table(List<String> columns, List<List<String>> rows) {
	}

	/**
	 * The pages of a document with a {@link Table}: the margins of its {@code @page} rule (in
	 * millimetres), and its running header: {@code number} at the top right of every page but the
	 * first, "page / pages" centred at the foot of every page, both 8.5 pt #444 in the document's
	 * fonts, where the XHTML's {@code @page} margin boxes put them (it leaves them out: the renderer
	 * would count only its own pages).
	 */
	public record Pages(String number, float topMm, float rightMm, float bottomMm, float leftMm) {
	}

	/** Writes the PDF of {@code xhtml} to {@code out}. */
	public void render(String xhtml, OutputStream out) {
		try (PDDocument document = new PDDocument(); PdfFonts fonts = new PdfFonts(fonts(), document)) {
			PdfRendererBuilder builder = builder(xhtml, document, fonts);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Writes the PDF of {@code xhtml} followed by {@code table}, which starts below the XHTML's last
	 * element (on the next page when the header and the first row would not fit) and takes as many
	 * pages as it needs; the running header and page numbers of {@code pages} on every page.
	 * Ten thousand rows laid out by the XHTML renderer took 20 to 40 seconds; drawn here, well under one.
	 */
	public void render(String xhtml, Pages pages, Table table, OutputStream out) {
		boolean rtl = RTL_DOCUMENT.matcher(xhtml).find();
		try (PDDocument document = new PDDocument(); PdfFonts fonts = new PdfFonts(fonts(), document)) {
			float width = PDRectangle.A4.getWidth() - (pages.leftMm() + pages.rightMm()) * POINTS_PER_MM;
			PdfTableDrawer drawer = new PdfTableDrawer(fonts, rtl, table, width);
			// room for the table's start, kept on the page of the heading before it
			int body = xhtml.lastIndexOf("</body>");
			String html = xhtml.substring(0, body) + "<div id=\"" + TABLE_START + "\" style=\"height: "
					+ String.format(java.util.Locale.ROOT, "%.2f", drawer.firstHeight())
					+ "pt; page-break-inside: avoid; margin: 0; padding: 0\"></div>" + xhtml.substring(body);
			PdfRendererBuilder builder = builder(html, document, fonts);
			try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
				renderer.layout();
				renderer.createPDFWithoutClosing();
				PagePosition<?> start = renderer.findPagePositionsByID(java.util.regex.Pattern.compile(TABLE_START)).get(0);
				float height = document.getPage(0).getMediaBox().getHeight();
				drawer.draw(document, start.getPageNo(), start.getY() + start.getHeight(), height - pages.topMm() * POINTS_PER_MM,
						pages.bottomMm() * POINTS_PER_MM, pages.leftMm() * POINTS_PER_MM);
				PdfRunning.draw(document, fonts, rtl, pages);
				document.save(out);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private PdfRendererBuilder builder(String xhtml, PDDocument document, PdfFonts fonts) throws IOException {
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.usePDDocument(document);
		for (PdfFonts.Face face : PdfFonts.Face.values()) {
			// the font is read only if the document uses it
			builder.useFont(new PDFontSupplier(null) {
				@Override
				public PDFont supply() {
					return fonts.pdf(face);
				}
			}, face.family, face.weight, PdfRendererBuilder.FontStyle.NORMAL, true);
		}
		builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
		builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
		// A paragraph of an Arabic document that begins with a Latin name is still right to left
		if (RTL_DOCUMENT.matcher(xhtml).find()) {
			builder.defaultTextDirection(PdfRendererBuilder.TextDirection.RTL);
		}
		builder.useSVGDrawer(new com.openhtmltopdf.svgsupport.BatikSVGDrawer());
		builder.withHtmlContent(xhtml, null);
		return builder;
	}

	/**
	 * {@code text}, escaped for XHTML, between Unicode directional isolates (left-to-right or
	 * right-to-left after its first strong character), so that a Latin name, a code or an address
	 * keeps its order and its punctuation inside Arabic text, and an Arabic name inside Latin text.
	 * (The renderer ignores CSS {@code unicode-bidi}; its bidi algorithm honours the isolates.)
	 */
	public static String isolate(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		boolean rtl = com.ibm.icu.text.Bidi.getBaseDirection(text) == com.ibm.icu.text.Bidi.RTL;
		return (rtl ? "\u2067" : "\u2066") + org.springframework.web.util.HtmlUtils.htmlEscape(text, "UTF-8") + "\u2069";
	}

	/** The fonts, copied once from the class path to a folder (PDFBox reads them from files). */
	private Path fonts() throws IOException {
		Path folder = fontFolder;
		if (folder == null) {
			synchronized (this) {
				if (fontFolder == null) {
					Path created = Files.createTempDirectory("sgbridge-fonts");
					for (PdfFonts.Face face : PdfFonts.Face.values()) {
						try (InputStream in = Pdf.class.getResourceAsStream("/fonts/" + face.file)) {
							Files.copy(in, created.resolve(face.file), StandardCopyOption.REPLACE_EXISTING);
						}
					}
					created.toFile().deleteOnExit();
					for (File f : created.toFile().listFiles()) {
						f.deleteOnExit();
					}
					fontFolder = created;
				}
				folder = fontFolder;
			}
		}
		return folder;
	}
}
