package org.sgbridge.membership.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.sgbridge.membership.SmeCategoryWhatIf;

/**
 * The what-if's chart, drawn on the server as SVG (no script): the yearly income lost at each
 * threshold from 10 to 500 employees as columns, the report's threshold of 300 as a dashed line and
 * the proposed one as a solid line, each in the colour its legend shows. Drawn left to right in every
 * language; the page gives the same figures as a table.
 */
final class IncomeLostChart {

	static final String COLUMN = "#0b5394";
	static final String REPORT = "#b45f06";
	static final String PROPOSED = "#38761d";

	private IncomeLostChart() {
	}

	static String svg(String title, List<SmeCategoryWhatIf.Point> curve, int reportThreshold, Integer proposed,
			String xLabel, String reportLabel, String proposedLabel) {
		int width = 720;
		int height = 300;
		int left = 64;
		int right = 12;
		int top = 20;
		int bottom = 84;
		double plotWidth = width - left - right;
		double plotHeight = height - top - bottom;
		BigDecimal max = curve.stream().map(SmeCategoryWhatIf.Point::incomeLost).max(BigDecimal::compareTo)
			.filter(m -> m.signum() > 0).orElse(BigDecimal.ONE);
		int from = SmeCategoryWhatIf.CHART_FROM - SmeCategoryWhatIf.CHART_STEP;
		int to = SmeCategoryWhatIf.CHART_TO;
		StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
			.append(width).append(' ').append(height)
			.append("\" width=\"100%\" direction=\"ltr\" font-family=\"sans-serif\" aria-labelledby=\"chart-title\"><title id=\"chart-title\">")
			.append(esc(title)).append("</title>");
		// axes: zero and the largest loss
		svg.append("<line x1=\"").append(left).append("\" y1=\"").append(fmt(top + plotHeight)).append("\" x2=\"")
			.append(width - right).append("\" y2=\"").append(fmt(top + plotHeight)).append("\" stroke=\"#555\"/>");
		svg.append("<text x=\"").append(left - 6).append("\" y=\"").append(top + 10)
			.append("\" text-anchor=\"end\" font-size=\"11\">").append(esc(compact(max))).append("</text>");
		svg.append("<text x=\"").append(left - 6).append("\" y=\"").append(fmt(top + plotHeight))
			.append("\" text-anchor=\"end\" font-size=\"11\">0</text>");
		double step = plotWidth / curve.size();
		for (int i = 0; i < curve.size(); i++) {
			SmeCategoryWhatIf.Point p = curve.get(i);
			double h = plotHeight * p.incomeLost().doubleValue() / max.doubleValue();
			double x = left + i * step;
			svg.append("<rect x=\"").append(fmt(x + 1)).append("\" y=\"").append(fmt(top + plotHeight - h))
				.append("\" width=\"").append(fmt(Math.max(step - 2, 1))).append("\" height=\"").append(fmt(h))
				.append("\" fill=\"").append(COLUMN).append("\"/>");
			if (p.maxEmployees() % 50 == 0 || i == 0) {
				svg.append("<text x=\"").append(fmt(x + step / 2)).append("\" y=\"").append(fmt(top + plotHeight + 14))
					.append("\" text-anchor=\"middle\" font-size=\"10\">").append(p.maxEmployees()).append("</text>");
			}
		}
		line(svg, xAt(reportThreshold, from, to, left, plotWidth), top, plotHeight, REPORT, true);
		if (proposed != null && proposed >= SmeCategoryWhatIf.CHART_FROM && proposed <= to && proposed != reportThreshold) {
			line(svg, xAt(proposed, from, to, left, plotWidth), top, plotHeight, PROPOSED, false);
		}
		svg.append("<text x=\"").append(fmt(left + plotWidth / 2)).append("\" y=\"").append(fmt(top + plotHeight + 30))
			.append("\" text-anchor=\"middle\" font-size=\"11\">").append(esc(xLabel)).append("</text>");
		// the legend, in the colours of what it names
		int y = height - 30;
		svg.append("<rect x=\"").append(left).append("\" y=\"").append(y - 10).append("\" width=\"12\" height=\"12\" fill=\"")
			.append(COLUMN).append("\"/><text x=\"").append(left + 18).append("\" y=\"").append(y)
			.append("\" font-size=\"12\">").append(esc(title)).append("</text>");
		y += 18;
		svg.append("<line x1=\"").append(left).append("\" y1=\"").append(y - 4).append("\" x2=\"").append(left + 14)
			.append("\" y2=\"").append(y - 4).append("\" stroke=\"").append(REPORT)
			.append("\" stroke-width=\"2\" stroke-dasharray=\"4 3\"/><text x=\"").append(left + 18).append("\" y=\"").append(y)
			.append("\" font-size=\"12\">").append(esc(reportLabel)).append("</text>");
		if (proposed != null && proposed != reportThreshold) {
			svg.append("<line x1=\"").append(left + 340).append("\" y1=\"").append(y - 4).append("\" x2=\"").append(left + 354)
				.append("\" y2=\"").append(y - 4).append("\" stroke=\"").append(PROPOSED)
				.append("\" stroke-width=\"2\"/><text x=\"").append(left + 358).append("\" y=\"").append(y)
				.append("\" font-size=\"12\">").append(esc(proposedLabel)).append("</text>");
		}
		return svg.append("</svg>").toString();
	}

	/** Where a threshold falls: at the middle of its column, under its label. */
	private static double xAt(int threshold, int from, int to, int left, double plotWidth) {
		return left + plotWidth * (threshold - SmeCategoryWhatIf.CHART_STEP / 2.0 - from) / (double) (to - from);
	}

	private static void line(StringBuilder svg, double x, int top, double plotHeight, String colour, boolean dashed) {
		svg.append("<line x1=\"").append(fmt(x)).append("\" y1=\"").append(top - 4).append("\" x2=\"").append(fmt(x))
			.append("\" y2=\"").append(fmt(top + plotHeight)).append("\" stroke=\"").append(colour)
			.append("\" stroke-width=\"2\"").append(dashed ? " stroke-dasharray=\"4 3\"" : "").append("/>");
	}

	/** 1.2M, 350k: the axis's largest value, short. */
	private static String compact(BigDecimal value) {
		double v = value.doubleValue();
		if (v >= 1_000_000) {
			return String.format(Locale.ROOT, "%.1fM", v / 1_000_000);
		}
		if (v >= 1_000) {
			return String.format(Locale.ROOT, "%.0fk", v / 1_000);
		}
		return String.format(Locale.ROOT, "%.0f", v);
	}

	private static String esc(String text) {
		return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	private static String fmt(double v) {
		return String.format(Locale.ROOT, "%.1f", v);
	}
}
