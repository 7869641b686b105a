package org.sgbridge.report;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Dates;
import org.sgbridge.platform.DocumentSlots;
import org.sgbridge.platform.Pdf;
import org.sgbridge.platform.Problem;
import org.springframework.context.MessageSource;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report on Bridging the Standardization Gap over a period, for the secretariat: every
 * {@link BsgSection} in its order, as JSON ({@code GET /api/v1/reports/bsg}), as the page's figures,
 * and as DOCX and PDF documents in the reader's language whose charts are pictures beside their tables.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class BsgReport {

	private final DocumentSlots slots;
	private final List<BsgSection> sections;
	private final MessageSource messages;
	private final Pdf pdf;
	private final Clock clock;

	BsgReport(List<BsgSection> sections, MessageSource messages, Pdf pdf, Clock clock, DocumentSlots slots) {
		this.slots = slots;
		this.sections = sections.stream().sorted(Comparator.comparingInt(BsgSection::order)).toList();
		this.messages = messages;
		this.pdf = pdf;
		this.clock = clock;
	}

	/** The period asked for (400 {@code invalid-date} when it is not one), for the secretariat only (403 first). */
	public BsgPeriod period(Actor actor, String from, String to) {
		if (!actor.isSecretariat()) {
			throw Problem.forbidden("secretariat");
		}
		return BsgPeriod.of(from, to, clock);
	}

	/** The API's report: {@code from} and {@code to}, then each section under its key. */
	public Map<String, Object> json(Actor actor, String from, String to) {
		BsgPeriod period = period(actor, from, to);
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("from", period.from().toString());
		out.put("to", period.to().toString());
		sections.forEach(s -> out.put(s.key(), s.json(period)));
		return out;
	}

	/** The figures of every section, in the report's order, in the reader's language. */
	public List<BsgFigure> figures(Actor actor, BsgPeriod period, Locale locale) {
		if (!actor.isSecretariat()) {
			throw Problem.forbidden("secretariat");
		}
		List<BsgFigure> figures = new ArrayList<>();
		sections.forEach(s -> figures.addAll(s.figures(period, locale)));
		return figures;
	}

	/** The report as DOCX, made in one of the node's document slots ({@link DocumentSlots}). */
	public void docx(Actor actor, String from, String to, Locale locale, OutputStream out) {
		if (!actor.isSecretariat()) {
			throw Problem.forbidden("secretariat");
		}
		slots.make(() -> writeDocx(actor, from, to, locale, out));
	}

	private void writeDocx(Actor actor, String from, String to, Locale locale, OutputStream out) {
		BsgPeriod period = period(actor, from, to);
		List<BsgFigure> figures = figures(actor, period, locale);
		boolean rtl = "ar".equals(locale.getLanguage());
		try (XWPFDocument doc = new XWPFDocument()) {
			paragraph(doc, t("letter.itu", locale), false, 11, rtl);
			paragraph(doc, t("bsg.title", locale), true, 16, rtl);
			paragraph(doc, t("bsg.period", locale, Dates.format(period.from(), locale), Dates.format(period.to(), locale)), false,
					11, rtl);
			int n = 1;
			for (BsgFigure f : figures) {
				paragraph(doc, t("bsg.figure.number", locale, n++, f.title()), true, 13, rtl);
				if (f.note() != null) {
					paragraph(doc, f.note(), false, 11, rtl);
				}
				if (!f.rows().isEmpty()) {
					// a chart of nothing says nothing: the table says "none"
					XWPFParagraph picture = doc.createParagraph();
					picture.setAlignment(ParagraphAlignment.CENTER);
					double[] size = size(f.chartSvg());
					picture.createRun().addPicture(new ByteArrayInputStream(png(f.chartSvg())), XWPFDocument.PICTURE_TYPE_PNG,
							f.id() + ".png", Units.toEMU(450), Units.toEMU(450 * size[1] / size[0]));
				}
				XWPFTable table = doc.createTable();
				DocxTables.row(table, true, f.headings());
				f.rows().forEach(r -> DocxTables.row(table, false, r));
				if (f.rows().isEmpty()) {
					DocxTables.row(table, false, List.of(t("bsg.none", locale)));
				}
				paragraph(doc, "", false, 11, rtl);
			}
			doc.write(out);
		}
		catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The report as PDF, made in one of the node's document slots ({@link DocumentSlots}). */
	public void pdf(Actor actor, String from, String to, Locale locale, OutputStream out) {
		if (!actor.isSecretariat()) {
			throw Problem.forbidden("secretariat");
		}
		slots.make(() -> writePdf(actor, from, to, locale, out));
	}

	private void writePdf(Actor actor, String from, String to, Locale locale, OutputStream out) {
		BsgPeriod period = period(actor, from, to);
		List<BsgFigure> figures = figures(actor, period, locale);
		boolean rtl = "ar".equals(locale.getLanguage());
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(locale.getLanguage()).append("\"")
			.append(rtl ? " dir=\"rtl\"" : "").append("><head><meta charset=\"utf-8\"/><title>").append(e(t("bsg.title", locale)))
			.append("</title><style>@page { size: A4; margin: 20mm; }")
			.append(" body { font-family: ").append(Pdf.FONTS_CSS).append("; font-size: 10.5pt; margin: 0; }")
			.append(" h1 { font-size: 16pt; color: #0b3b70; } h2 { font-size: 12.5pt; color: #0b3b70; page-break-after: avoid; }")
			.append(" table { border-collapse: collapse; width: 100%; margin: 6pt 0 14pt 0; }")
			.append(" td, th { border: 1px solid #999; padding: 3pt; text-align: start; } tr { page-break-inside: avoid; }")
			.append(" .figure { page-break-inside: avoid; margin: 6pt 0; text-align: center; }")
			.append(" .org { font-weight: bold; color: #0b3b70; font-size: 12pt; border-bottom: 2px solid #0b3b70; }")
			.append("</style></head><body>");
		html.append("<p class=\"org\">").append(e(t("letter.itu", locale))).append("</p><h1>").append(e(t("bsg.title", locale)))
			.append("</h1><p>").append(e(t("bsg.period", locale, Dates.format(period.from(), locale),
					Dates.format(period.to(), locale)))).append("</p>");
		int n = 1;
		for (BsgFigure f : figures) {
			html.append("<h2>").append(e(t("bsg.figure.number", locale, n++, f.title()))).append("</h2>");
			if (f.note() != null) {
				html.append("<p>").append(e(f.note())).append("</p>");
			}
			if (!f.rows().isEmpty()) {
				html.append("<div class=\"figure\"><img alt=\"").append(e(f.title())).append("\" src=\"data:image/png;base64,")
					.append(Base64.getEncoder().encodeToString(png(f.chartSvg()))).append("\" style=\"width: ")
					.append(f.id().equals("pilot") ? 165 : 140).append("mm\"/></div>");
			}
			html.append("<table><thead><tr>");
			f.headings().forEach(h -> html.append("<th>").append(e(h)).append("</th>"));
			html.append("</tr></thead><tbody>");
			if (f.rows().isEmpty()) {
				html.append("<tr><td colspan=\"").append(f.headings().size()).append("\">").append(e(t("bsg.none", locale)))
					.append("</td></tr>");
			}
			for (List<String> r : f.rows()) {
				html.append("<tr>");
				r.forEach(c -> html.append("<td>").append(e(c)).append("</td>"));
				html.append("</tr>");
			}
			html.append("</tbody></table>");
		}
		pdf.render(html.append("</body></html>").toString(), out);
	}

	/**
	 * A chart as a picture, its text in the document's fonts (Latin, Arabic, Chinese), which are
	 * given to the picture's renderer once: without them Arabic and Chinese labels would be boxes.
	 */
	static byte[] png(String svg) {
		ChartFonts.register();
		double[] size = size(svg);
		// the picture's own size, that of the chart (a width of 100% would leave its height to the renderer)
		return CouncilReport.png(svg.replace("font-family=\"sans-serif\"", "font-family=\"" + ChartFonts.FAMILIES + "\"")
			.replaceFirst("width=\"100%\"", "width=\"" + (int) size[0] + "\" height=\"" + (int) size[1] + "\""));
	}

	/** The width and height of a chart, from its view box. */
	static double[] size(String svg) {
		java.util.regex.Matcher box = java.util.regex.Pattern.compile("viewBox=\"[-0-9.]+ [-0-9.]+ ([0-9.]+) ([0-9.]+)\"")
			.matcher(svg);
		return box.find() ? new double[] { Double.parseDouble(box.group(1)), Double.parseDouble(box.group(2)) }
				: new double[] { 720, 280 };
	}

	private static final class ChartFonts {

		static final String FAMILIES = "Noto Sans, Noto Naskh Arabic, Droid Sans Fallback";
		private static volatile boolean registered;

		static synchronized void register() {
			if (registered) {
				return;
			}
			GraphicsEnvironment env = GraphicsEnvironment.getLocalGraphicsEnvironment();
			for (String file : List.of("NotoSans-Regular.ttf", "NotoNaskhArabic-Regular.ttf", "DroidSansFallbackFull.ttf")) {
				try (InputStream in = BsgReport.class.getResourceAsStream("/fonts/" + file)) {
					env.registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
				}
				catch (IOException | java.awt.FontFormatException e) {
					throw new IllegalStateException("The font " + file + " could not be read", e);
				}
			}
			registered = true;
		}
	}

	private static void paragraph(XWPFDocument doc, String text, boolean bold, int size, boolean rtl) {
		XWPFParagraph p = doc.createParagraph();
		if (rtl) {
			p.getCTP().addNewPPr().addNewBidi();
		}
		XWPFRun run = p.createRun();
		run.setBold(bold);
		run.setFontSize(size);
		run.setText(text);
	}

	private String t(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	private static String e(String text) {
		return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
