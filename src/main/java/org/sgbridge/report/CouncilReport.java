package org.sgbridge.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.sgbridge.directory.MemberStates;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Dates;
import org.sgbridge.platform.DocumentSlots;
import org.sgbridge.platform.Pdf;
import org.sgbridge.platform.Problem;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The progress report on the pilot to Council or the Plenipotentiary Conference, as DOCX and PDF,
 * laid out like the PP-18 document: summary, action required, references, background, the
 * current situation with its figures and the map, the analysis and next steps that the
 * secretariat writes, and the annex. Headings in any of the six languages.
 */
@Service
@Transactional
public class CouncilReport {

	static final List<String> SECTIONS = List.of("analysis", "next-steps");

	/** The margins of the PDF's pages, as in ITU's documents: those of {@code Pdf.Pages} below. */
	private static final String PAGES_CSS = "22mm 20mm 20mm 20mm";

	private final DocumentSlots slots;
	private final PilotReports reports;
	private final PilotAnnex annex;
	private final PilotDashboard dashboard;
	private final WorldMap map;
	private final MemberStates states;
	private final MessageSource messages;
	private final Pdf pdf;
	private final JdbcClient jdbc;
	private final Clock clock;

	CouncilReport(PilotReports reports, PilotAnnex annex, PilotDashboard dashboard, WorldMap map, MemberStates states, MessageSource messages,
			Pdf pdf, JdbcClient jdbc, Clock clock, DocumentSlots slots) {
		this.slots = slots;
		this.reports = reports;
		this.annex = annex;
		this.dashboard = dashboard;
		this.map = map;
		this.states = states;
		this.messages = messages;
		this.pdf = pdf;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The texts the secretariat has written, empty where it has written none yet (the form shows the
	 * default as a hint; the report leaves an unwritten section out, and the page says so before download).
	 */
	@Transactional(readOnly = true)
	public Map<String, String> written() {
		Map<String, String> texts = new HashMap<>();
		for (String section : SECTIONS) {
			texts.put(section, jdbc.sql("SELECT body FROM report_text WHERE section = :s ORDER BY id DESC LIMIT 1")
				.param("s", section).query(String.class).optional().orElse(""));
		}
		return texts;
	}

	/**
	 * Saves a new version of each section written (a blank one is left as it was); at least one must
	 * be written, none longer than 20,000 characters. Nothing is saved when one is refused.
	 */
	/** The sections not written yet, in the order of the report. */
	@Transactional(readOnly = true)
	public List<String> unwritten() {
		Map<String, String> written = written();
		return SECTIONS.stream().filter(section -> written.get(section).isBlank()).toList();
	}

	/**
	 * The document's number in ITU's style: the series, the date of the situation and the letter of
	 * the language version ({@code SGB/2018-10-29-E}).
	 */
	static String number(java.time.LocalDate asOf, Locale locale) {
		String letter = switch (locale.getLanguage()) {
			case "fr" -> "F";
			case "es" -> "S";
			case "ru" -> "R";
			case "ar" -> "A";
			case "zh" -> "C";
			default -> "E";
		};
		return "SGB/" + asOf + "-" + letter;
	}

	public void saveTexts(Actor actor, Map<String, String> bodies) {
		if (!actor.isSecretariat()) {
			throw Problem.forbidden("secretariat");
		}
		List<Problem.FieldProblem> problems = new ArrayList<>();
		bodies.forEach((section, body) -> {
			if (!SECTIONS.contains(section)) {
				throw Problem.notFound();
			}
			if (body != null && body.trim().length() > 20_000) {
				problems.add(new Problem.FieldProblem(section, "validation.Size", 20_000, 1));
			}
		});
		if (bodies.values().stream().allMatch(b -> b == null || b.isBlank())) {
			problems.add(new Problem.FieldProblem(SECTIONS.get(0), "validation.NotBlank"));
		}
		if (!problems.isEmpty()) {
			throw Problem.invalidInput(problems);
		}
		bodies.forEach((section, body) -> {
			if (body != null && !body.isBlank()) {
				jdbc.sql("INSERT INTO report_text (section, body, written_at, written_by) VALUES (:s, :b, :at, :by)")
					.param("s", section).param("b", body.trim()).param("at", Timestamp.from(clock.instant()))
					.param("by", actor.accountId()).update();
			}
		});
	}

	private record Content(PilotFigures figures, List<PilotAnnex.Row> rows, String mapSvg, String groupsSvg,
			String regionsSvg, String trendSvg, Map<String, String> texts, Map<String, String> stateNames) {
	}

	private Content content(Actor actor, String asOf, Locale locale) {
		if (!actor.isSecretariat()) {
			throw Problem.forbidden("secretariat");
		}
		PilotFigures figures = reports.pilot(actor, asOf);
		List<PilotAnnex.Row> rows = annex.rows(actor, figures.asOf().toString());
		Map<String, String> names = new HashMap<>();
		states.all(Dates.today(clock)).forEach(s -> names.put(s.code(), s.name(locale)));
		String svg = map.svg(t("dashboard.map.title", locale, figures.asOf()), figures, locale, t("dashboard.map.legend", locale));
		String groupsSvg = Charts.bars(t("dashboard.chart.groups", locale, figures.asOf()), figures.byStudyGroup().entrySet()
			.stream().map(e -> new Charts.Bar(e.getKey(), e.getValue().approved())).toList());
		String regionsSvg = Charts.bars(t("dashboard.chart.regions", locale, figures.asOf()), figures.byRegion().entrySet()
			.stream().map(e -> new Charts.Bar(t("region." + e.getKey(), locale), e.getValue().approved())).toList());
		String trendSvg = dashboard.trendChart(figures.asOf(), t("dashboard.trend", locale), t("pilot.status.APPROVED", locale),
				t("pilot.status.SUBMITTED", locale));
		return new Content(figures, rows, svg, groupsSvg, regionsSvg, trendSvg, written(), names);
	}

	/** The report as DOCX, made in one of the node's document slots ({@link DocumentSlots}). */
	public void docx(Actor actor, String asOf, Locale locale, OutputStream out) {
		if (!actor.isSecretariat()) {
			throw Problem.forbidden("secretariat");
		}
		slots.make(() -> writeDocx(actor, asOf, locale, out));
	}

	private void writeDocx(Actor actor, String asOf, Locale locale, OutputStream out) {
		Content c = content(actor, asOf, locale);
		try (XWPFDocument doc = new XWPFDocument()) {
			headerAndFooter(doc, number(c.figures().asOf(), locale), locale);
			paragraph(doc, t("letter.itu", locale));
			paragraph(doc, t("report.document", locale, number(c.figures().asOf(), locale),
					Dates.format(c.figures().asOf(), locale)));
			heading(doc, t("report.title", locale), 16);
			paragraph(doc, t("report.asOf", locale, Dates.format(c.figures().asOf(), locale)));
			heading(doc, t("report.summary", locale), 13);
			paragraph(doc, totals(c, locale));
			heading(doc, t("report.action", locale), 13);
			paragraph(doc, t("report.action.text", locale));
			heading(doc, t("report.references", locale), 13);
			paragraph(doc, t("report.references.text", locale));
			heading(doc, t("report.background", locale), 13);
			paragraph(doc, t("report.background.text", locale));
			heading(doc, t("report.situation", locale), 13);
			XWPFTable sectors = doc.createTable();
			row(sectors, true, t("pilot.sector", locale), t("pilot.status.APPROVED", locale), t("pilot.status.SUBMITTED", locale),
					t("pilot.interested", locale));
			c.figures().bySector().forEach((k, v) -> row(sectors, false, k, "" + v.approved(), "" + v.inAdmission(), "" + v.interested()));
			paragraph(doc, "");
			XWPFTable groups = doc.createTable();
			row(groups, true, t("pilot.group", locale), t("pilot.status.APPROVED", locale), t("pilot.status.SUBMITTED", locale),
					t("pilot.interested", locale));
			c.figures().byStudyGroup().forEach((k, v) -> row(groups, false, k, "" + v.approved(), "" + v.inAdmission(), "" + v.interested()));
			XWPFRun picture = doc.createParagraph().createRun();
			picture.addPicture(new ByteArrayInputStream(png(c.mapSvg())), XWPFDocument.PICTURE_TYPE_PNG, "map.png",
					Units.toEMU(450), Units.toEMU(225));
			XWPFRun charts = doc.createParagraph().createRun();
			charts.addPicture(new ByteArrayInputStream(png(c.groupsSvg())), XWPFDocument.PICTURE_TYPE_PNG, "groups.png",
					Units.toEMU(400), Units.toEMU(140));
			charts.addPicture(new ByteArrayInputStream(png(c.regionsSvg())), XWPFDocument.PICTURE_TYPE_PNG, "regions.png",
					Units.toEMU(400), Units.toEMU(140));
			charts.addPicture(new ByteArrayInputStream(png(c.trendSvg())), XWPFDocument.PICTURE_TYPE_PNG, "trend.png",
					Units.toEMU(400), Units.toEMU(160));
			for (String section : SECTIONS) {
				if (!c.texts().get(section).isBlank()) {
					heading(doc, t("report." + section, locale), 13);
					paragraph(doc, c.texts().get(section));
				}
			}
			heading(doc, t("report.annex", locale), 13);
			XWPFTable annexTable = doc.createTable();
			row(annexTable, true, t("report.annex.no", locale), t("report.annex.name", locale), t("report.annex.state", locale),
					t("pilot.sector", locale), t("pilot.groups", locale));
			annexTable.getRow(0).setRepeatHeader(true);
			for (PilotAnnex.Row r : c.rows()) {
				row(annexTable, false, "" + r.no(), r.name(), r.memberState(), String.join("; ", r.sectors()),
						String.join("; ", r.studyGroups()));
			}
			doc.write(out);
		}
		catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The report as PDF, made in one of the node's document slots ({@link DocumentSlots}). */
	public void pdf(Actor actor, String asOf, Locale locale, OutputStream out) {
		if (!actor.isSecretariat()) {
			throw Problem.forbidden("secretariat");
		}
		slots.make(() -> writePdf(actor, asOf, locale, out));
	}

	private void writePdf(Actor actor, String asOf, Locale locale, OutputStream out) {
		Content c = content(actor, asOf, locale);
		boolean rtl = "ar".equals(locale.getLanguage());
		String number = number(c.figures().asOf(), locale);
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(locale.getLanguage()).append("\"")
			.append(rtl ? " dir=\"rtl\"" : "").append("><head><meta charset=\"utf-8\"/><title>").append(e(t("report.title", locale)))
			.append("</title><style>")
			// ITU's documents: the number on every page after the first and page numbers at the foot, drawn by Pdf (PAGES)
			.append("@page { size: A4; margin: ").append(PAGES_CSS).append("; }")
			.append(" body { font-family: ").append(Pdf.FONTS_CSS).append("; font-size: 10.5pt; }")
			.append(" h1 { font-size: 16pt; color: #0b3b70; } h2 { font-size: 12.5pt; color: #0b3b70; page-break-after: avoid; }")
			.append(" table { border-collapse: collapse; width: 100%; margin: 6pt 0; -fs-table-paginate: paginate; }")
			.append(" td, th { border: 1px solid #999; padding: 3pt; text-align: start; } tr { page-break-inside: avoid; }")
			.append(" td:first-child, th:first-child { white-space: nowrap; }")
			.append(" body { margin: 0; }")
			.append(" thead { display: table-header-group; } .figure { page-break-inside: avoid; margin: 6pt 0; }")
			.append(" .itu-head { width: 100%; border-bottom: 2px solid #0b3b70; margin-bottom: 12pt; }")
			.append(" .itu-head td { border: none; vertical-align: top; } .itu-head .org { font-weight: bold; color: #0b3b70; font-size: 12pt; }")
			.append(" .itu-head .doc { text-align: end; }</style></head><body>");
		html.append("<table class=\"itu-head\"><tr><td class=\"org\">").append(e(t("letter.itu", locale)))
			.append("</td><td class=\"doc\">").append(t("report.document", locale, Pdf.isolate(number), e(Dates.format(c.figures().asOf(), locale))))
			.append("</td></tr></table>");
		html.append("<h1>").append(e(t("report.title", locale))).append("</h1><p>")
			.append(e(t("report.asOf", locale, Dates.format(c.figures().asOf(), locale)))).append("</p>");
		section(html, t("report.summary", locale), totals(c, locale));
		section(html, t("report.action", locale), t("report.action.text", locale));
		section(html, t("report.references", locale), t("report.references.text", locale));
		section(html, t("report.background", locale), t("report.background.text", locale));
		html.append("<h2>").append(e(t("report.situation", locale))).append("</h2>");
		table(html, List.of(t("pilot.sector", locale), t("pilot.status.APPROVED", locale), t("pilot.status.SUBMITTED", locale),
				t("pilot.interested", locale)), c.figures().bySector());
		table(html, List.of(t("pilot.group", locale), t("pilot.status.APPROVED", locale), t("pilot.status.SUBMITTED", locale),
				t("pilot.interested", locale)), c.figures().byStudyGroup());
		figure(html, c.mapSvg(), "170mm", "85mm");
		figure(html, c.groupsSvg(), "150mm", "50mm");
		figure(html, c.regionsSvg(), "150mm", "50mm");
		figure(html, c.trendSvg(), "150mm", "60mm");
		for (String section : SECTIONS) {
			if (!c.texts().get(section).isBlank()) {
				section(html, t("report." + section, locale), c.texts().get(section));
			}
		}
		// The annex is drawn by Pdf after the rest: ten thousand rows laid out by the XHTML renderer took half a minute
		html.append("<h2>").append(e(t("report.annex", locale))).append("</h2></body></html>");
		List<List<String>> rows = new ArrayList<>(c.rows().size());
		for (PilotAnnex.Row r : c.rows()) {
			rows.add(List.of(String.valueOf(r.no()), nonNull(r.name()), nonNull(r.memberState()), String.join("; ", r.sectors()),
					String.join("; ", r.studyGroups())));
		}
		pdf.render(html.toString(), new Pdf.Pages(number, 22, 20, 20, 20),
				new Pdf.Table(List.of(t("report.annex.no", locale), t("report.annex.name", locale), t("report.annex.state", locale),
						t("pilot.sector", locale), t("pilot.groups", locale)), rows),
				out);
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}

	/** A chart or the map, kept whole on one page, drawn in the document's fonts. */
	private static void figure(StringBuilder html, String svg, String width, String height) {
		html.append("<div class=\"figure\">").append(svg.replace("width=\"100%\"", "width=\"" + width + "\" height=\"" + height + "\"")
			.replace("font-family=\"sans-serif\"", "font-family=\"" + Pdf.FONTS_CSS.replace("'", "") + "\"")).append("</div>");
	}

	/** The running header (the document's number) and the page number in the footer of the DOCX. */
	private void headerAndFooter(XWPFDocument doc, String number, Locale locale) {
		var header = doc.createHeader(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT);
		XWPFParagraph top = header.createParagraph();
		top.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.RIGHT);
		top.createRun().setText(number);
		var footer = doc.createFooter(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT);
		XWPFParagraph foot = footer.createParagraph();
		foot.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
		foot.createRun().setText(t("report.page", locale) + " ");
		foot.getCTP().addNewFldSimple().setInstr("PAGE");
	}

	private String totals(Content c, Locale locale) {
		var t = c.figures().totals();
		return t("pilot.overview.totals", locale, t.approved(), t.inAdmission(), t.interested(), t.smes(),
				Dates.format(c.figures().asOf(), locale));
	}

	private static void section(StringBuilder html, String heading, String text) {
		html.append("<h2>").append(e(heading)).append("</h2>");
		for (String para : text.split("\\n\\s*\\n")) {
			html.append("<p>").append(e(para.trim())).append("</p>");
		}
	}

	private static void table(StringBuilder html, List<String> header, Map<String, PilotFigures.Counts> rows) {
		html.append("<table><tr>");
		header.forEach(h -> html.append("<th>").append(e(h)).append("</th>"));
		html.append("</tr>");
		rows.forEach((k, v) -> html.append("<tr><td>").append(e(k)).append("</td><td>").append(v.approved()).append("</td><td>")
			.append(v.inAdmission()).append("</td><td>").append(v.interested()).append("</td></tr>"));
		html.append("</table>");
	}

	private static void heading(XWPFDocument doc, String text, int size) {
		XWPFRun run = doc.createParagraph().createRun();
		run.setBold(true);
		run.setFontSize(size);
		run.setText(text);
	}

	private static void paragraph(XWPFDocument doc, String text) {
		for (String para : text.split("\\n\\s*\\n")) {
			XWPFParagraph p = doc.createParagraph();
			p.createRun().setText(para.trim());
		}
	}

	private static void row(XWPFTable table, boolean first, String... cells) {
		DocxTables.row(table, first, java.util.Arrays.asList(cells));
	}

	static byte[] png(String svg) {
		try {
			PNGTranscoder transcoder = new PNGTranscoder();
			transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, 1200f);
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			transcoder.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(png));
			return png.toByteArray();
		}
		catch (TranscoderException e) {
			throw new IllegalStateException("The map could not be drawn", e);
		}
	}

	private String t(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	/** Escapes for XHTML (the PDF renderer reads XML: no HTML named entities). */
	private static String e(String text) {
		return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
