package org.sgbridge.platform;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.sgbridge.platform.PdfFonts.Face;
import org.sgbridge.platform.PdfText.Line;
import org.sgbridge.platform.PdfText.Piece;

/**
 * Draws a {@link Pdf.Table} with PDFBox as the XHTML renderer draws the documents' tables
 * ({@code border-collapse: collapse; width: 100%}, cells with a 1px #999 border and 3pt of padding,
 * text at the start and in the middle, the header row in bold and repeated on each page, no row
 * split across two pages), columns sized as its automatic table layout sizes them: each as wide as
 * its widest text where all fit, otherwise at least its longest word and the rest shared by what
 * each would need more. The first column never wraps. Laying out ten thousand rows takes this a few
 * hundred milliseconds where the renderer took half a minute.
 */
final class PdfTableDrawer {

	static final float BODY_SIZE = 10.5f;
	private static final float BORDER = 0.75f;
	private static final float PAD = 3f;
	private static final float MARGIN_TOP = 6f;
	private static final Color GRID = new Color(0x99, 0x99, 0x99);

	private record Row(List<List<Line>> cells, float height) {
	}

	private final PdfFonts fonts;
	private final PdfText text;
	private final boolean rtl;
	private final float[] widths;
	private final Row header;
	private final List<Row> rows = new ArrayList<>();

	PdfTableDrawer(PdfFonts fonts, boolean rtl, Pdf.Table table, float width) {
		this.fonts = fonts;
		this.text = new PdfText(fonts, BODY_SIZE, rtl);
		this.rtl = rtl;
		this.widths = columns(table, width);
		this.header = row(table.columns(), true);
		for (List<String> cells : table.rows()) {
			rows.add(row(cells, false));
		}
	}

	/** The room the table needs on the page where it begins: its margin, its header row and its first row. */
	float firstHeight() {
		return MARGIN_TOP + header.height() + (rows.isEmpty() ? 0 : rows.get(0).height());
	}

	/**
	 * The pages the table takes: the one where it begins, and how many more. Each page holds the
	 * header and the rows that fit above the bottom margin (a row never split).
	 */
	private List<List<Row>> pages(float startTop, float pageTop, float bottom) {
		List<List<Row>> pages = new ArrayList<>();
		List<Row> current = new ArrayList<>();
		float y = startTop - MARGIN_TOP - header.height();
		for (Row row : rows) {
			if (y - row.height() < bottom && !current.isEmpty()) {
				pages.add(current);
				current = new ArrayList<>();
				y = pageTop - header.height();
			}
			current.add(row);
			y -= row.height();
		}
		pages.add(current);
		return pages;
	}

	/** Draws the pages of the table: the first from {@code startTop} on page {@code first}, the others added after it. */
	void draw(PDDocument doc, int first, float startTop, float pageTop, float bottom, float left) throws IOException {
		List<List<Row>> pages = pages(startTop, pageTop, bottom);
		PDPage template = doc.getPage(first);
		for (int i = 0; i < pages.size(); i++) {
			PDPage page;
			PDPageContentStream.AppendMode mode = PDPageContentStream.AppendMode.APPEND;
			if (i == 0) {
				page = template;
			}
			else {
				page = new PDPage(template.getMediaBox());
				doc.addPage(page);
				mode = PDPageContentStream.AppendMode.OVERWRITE;
			}
			try (PDPageContentStream out = new PDPageContentStream(doc, page, mode, true, i == 0)) {
				float top = i == 0 ? startTop - MARGIN_TOP : pageTop;
				drawPage(out, pages.get(i), top, left);
			}
		}
	}

	private void drawPage(PDPageContentStream out, List<Row> pageRows, float top, float left) throws IOException {
		float total = 0;
		for (float w : widths) {
			total += w;
		}
		// the grid: a line above each row and below the last, and between the columns
		out.setStrokingColor(GRID);
		out.setLineWidth(BORDER);
		float y = top;
		out.moveTo(left, y);
		out.lineTo(left + total, y);
		y -= header.height();
		out.moveTo(left, y);
		out.lineTo(left + total, y);
		for (Row row : pageRows) {
			y -= row.height();
			out.moveTo(left, y);
			out.lineTo(left + total, y);
		}
		float x = left;
		for (int c = 0; c <= widths.length; c++) {
			out.moveTo(x, top);
			out.lineTo(x, y);
			// the first column at the right in a right-to-left document
			x += c == widths.length ? 0 : widths[rtl ? widths.length - 1 - c : c];
		}
		out.stroke();
		// the text, column by column in the order of the columns, as the renderer writes it
		out.setStrokingColor(Color.BLACK);
		out.setNonStrokingColor(Color.BLACK);
		out.beginText();
		State state = new State();
		drawRow(out, state, header, top, left, true);
		float rowTop = top - header.height();
		for (Row row : pageRows) {
			drawRow(out, state, row, rowTop, left, false);
			rowTop -= row.height();
		}
		out.endText();
	}

	/** The font and mode last set in the text object, so that they are set only when they change. */
	private static final class State {
		PDFont font;
		boolean stroke;
	}

	private void drawRow(PDPageContentStream out, State state, Row row, float top, float left, boolean bold) throws IOException {
		float lineHeight = text.lineHeight();
		for (int c = 0; c < widths.length; c++) {
			float cellLeft = left;
			for (int k = 0; k < c; k++) {
				cellLeft += widths[k];
			}
			if (rtl) {
				// the first column at the right
				float total = 0;
				for (float w : widths) {
					total += w;
				}
				cellLeft = left + total - (cellLeft - left) - widths[c];
			}
			List<Line> lines = c < row.cells().size() ? row.cells().get(c) : List.of();
			float content = row.height() - BORDER - 2 * PAD;
			float lineTop = top - BORDER / 2 - PAD - (content - lines.size() * lineHeight) / 2;
			for (Line line : lines) {
				float baseline = lineTop - text.ascent();
				float x = rtl ? cellLeft + widths[c] - BORDER / 2 - PAD - line.width() : cellLeft + BORDER / 2 + PAD;
				List<Piece> pieces = line.pieces();
				for (int p = 0; p < pieces.size(); p++) {
					Piece piece = pieces.get(p);
					// A space after each line, as the renderer writes one: text extraction then keeps the cells
					// of a row apart whatever the order in which they stand on the page.
					String shown = p == pieces.size() - 1 ? piece.text() + " " : piece.text();
					PDFont font = fonts.pdf(piece.face());
					if (font != state.font) {
						out.setFont(font, text.size());
						state.font = font;
					}
					// no bold Arabic or Chinese font: the renderer strokes the letters' outlines too
					boolean stroke = bold && piece.face() != Face.LATIN_BOLD;
					if (stroke != state.stroke) {
						out.setRenderingMode(stroke ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
						if (stroke) {
							out.setLineWidth(text.size() * 0.04f);
						}
						state.stroke = stroke;
					}
					out.setTextMatrix(Matrix.getTranslateInstance(x, baseline));
					out.showText(shown);
					x += piece.width();
				}
				lineTop -= lineHeight;
			}
		}
	}

	private Row row(List<String> cells, boolean bold) {
		List<List<Line>> lines = new ArrayList<>();
		int most = 1;
		for (int c = 0; c < widths.length; c++) {
			String cell = c < cells.size() ? cells.get(c) : "";
			List<Line> cellLines = text.lines(cell, widths[c] - BORDER - 2 * PAD, bold, c == 0);
			lines.add(cellLines);
			most = Math.max(most, cellLines.size());
		}
		return new Row(lines, most * text.lineHeight() + 2 * PAD + BORDER);
	}

	/** The widths of the columns, from the grid line before each to the one after it. */
	private float[] columns(Pdf.Table table, float width) {
		int n = table.columns().size();
		float[] max = new float[n];
		float[] min = new float[n];
		List<List<String>> all = new ArrayList<>();
		all.add(table.columns());
		all.addAll(table.rows());
		boolean bold = true;
		for (List<String> cells : all) {
			for (int c = 0; c < n && c < cells.size(); c++) {
				String cell = cells.get(c) == null ? "" : cells.get(c).strip();
				float w = text.width(cell, bold);
				max[c] = Math.max(max[c], w);
				// a cell's longest word is never wider than the cell: only a wider cell can widen the column's minimum
				if (c == 0) {
					min[c] = max[c];
				}
				else if (w > min[c]) {
					min[c] = Math.max(min[c], text.widestWord(cell, bold));
				}
			}
			bold = false;
		}
		float extra = 2 * PAD + BORDER;
		float sumMax = 0;
		float sumMin = 0;
		for (int c = 0; c < n; c++) {
			max[c] += extra;
			min[c] += extra;
			sumMax += max[c];
			sumMin += min[c];
		}
		float[] widths = new float[n];
		for (int c = 0; c < n; c++) {
			if (sumMax <= width) {
				widths[c] = max[c] + (width - sumMax) * max[c] / sumMax;
			}
			else if (sumMin >= width) {
				widths[c] = min[c] * width / sumMin;
			}
			else {
				widths[c] = min[c] + (width - sumMin) * (max[c] - min[c]) / (sumMax - sumMin);
			}
		}
		return widths;
	}
}
