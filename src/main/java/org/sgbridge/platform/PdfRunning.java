package org.sgbridge.platform;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;
import org.sgbridge.platform.PdfText.Line;
import org.sgbridge.platform.PdfText.Piece;

/**
 * The running header and the page numbers of a document of {@link Pdf.Pages}, drawn on every page
 * once all are made (first in the page's content, as the renderer writes its margin boxes), where the {@code @page} margin boxes of the XHTML renderer put them: each line
 * in the middle of its margin, the number flush with the right edge of the text, "page / pages"
 * centred. In a right-to-left document the page numbers read from the right ("pages / page" to the
 * eye), written page first, as the renderer writes them, so that extracted text reads "page / pages".
 */
final class PdfRunning {

	private static final float SIZE = 8.5f;
	private static final Color GREY = new Color(0x44, 0x44, 0x44);
	private static final float POINTS_PER_MM = 72f / 25.4f;

	private PdfRunning() {
	}

	static void draw(PDDocument doc, PdfFonts fonts, boolean rtl, Pdf.Pages pages) throws IOException {
		PdfText text = new PdfText(fonts, SIZE, rtl);
		int count = doc.getNumberOfPages();
		Line number = text.single(pages.number());
		Line slash = text.single(" / ");
		Line total = text.single(String.valueOf(count));
		for (int i = 0; i < count; i++) {
			PDPage page = doc.getPage(i);
			float width = page.getMediaBox().getWidth();
			float height = page.getMediaBox().getHeight();
			float top = pages.topMm() * POINTS_PER_MM;
			float bottom = pages.bottomMm() * POINTS_PER_MM;
			try (PDPageContentStream out = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.PREPEND, true, true)) {
				// before the page's own content: leave it the graphics state it expects
				out.saveGraphicsState();
				out.setNonStrokingColor(GREY);
				out.beginText();
				if (i > 0) {
					float right = width - pages.rightMm() * POINTS_PER_MM;
					show(out, fonts, text, number, right - number.width(), baseline(text, height - top / 2));
				}
				Line current = text.single(String.valueOf(i + 1));
				float all = current.width() + slash.width() + total.width();
				float x = (width - all) / 2;
				float y = baseline(text, bottom / 2);
				if (rtl) {
					show(out, fonts, text, current, x + total.width() + slash.width(), y);
					show(out, fonts, text, slash, x + total.width(), y);
					show(out, fonts, text, total, x, y);
				}
				else {
					show(out, fonts, text, current, x, y);
					show(out, fonts, text, slash, x + current.width(), y);
					show(out, fonts, text, total, x + current.width() + slash.width(), y);
				}
				out.endText();
				out.restoreGraphicsState();
			}
		}
	}

	/** The baseline of a line whose box is centred on {@code middle}. */
	private static float baseline(PdfText text, float middle) {
		return middle + text.lineHeight() / 2 - text.ascent();
	}

	private static void show(PDPageContentStream out, PdfFonts fonts, PdfText text, Line line, float x, float y) throws IOException {
		List<Piece> pieces = line.pieces();
		for (Piece piece : pieces) {
			out.setFont(fonts.pdf(piece.face()), text.size());
			out.setTextMatrix(Matrix.getTranslateInstance(x, y));
			out.showText(piece.text());
			x += piece.width();
		}
	}
}
