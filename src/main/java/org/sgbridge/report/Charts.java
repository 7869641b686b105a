package org.sgbridge.report;

import java.util.List;


/**
 * Server-side SVG charts: no script, readable by screen readers through their title and
 * description (the page also gives each chart's figures as a table).
 */
public final class Charts {

	private static final String[] SERIES = { "#0b5394", "#e69138", "#6aa84f" };

	private Charts() {
	}

	/** A bar. */
	public record Bar(String label, long value) {
	}

	/** Horizontal bars, one per label. */
	public static String bars(String title, List<Bar> bars) {
		int rowHeight = 26;
		// room for the longest label ("Unknown (no organization)"), at most half the chart
		int longest = bars.stream().mapToInt(b -> b.label() == null ? 0 : b.label().length()).max().orElse(0);
		int labelWidth = Math.max(150, Math.min(280, longest * 7 + 12));
		int width = 560 + labelWidth - 150;
		int height = Math.max(rowHeight * bars.size() + 40, 60);
		long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
		StringBuilder svg = open(width, height, title);
		for (int i = 0; i < bars.size(); i++) {
			Bar b = bars.get(i);
			int y = 30 + i * rowHeight;
			int w = (int) Math.round((width - labelWidth - 50) * (double) b.value() / max);
			svg.append("<text x=\"").append(labelWidth - 8).append("\" y=\"").append(y + 15)
				.append("\" text-anchor=\"end\" font-size=\"13\">").append(esc(b.label())).append("</text>");
			svg.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y).append("\" width=\"").append(w)
				.append("\" height=\"").append(rowHeight - 8).append("\" fill=\"").append(SERIES[0]).append("\"/>");
			svg.append("<text x=\"").append(labelWidth + w + 6).append("\" y=\"").append(y + 15)
				.append("\" font-size=\"13\">").append(b.value()).append("</text>");
		}
		return svg.append("</svg>").toString();
	}

	/** Two series over time (approved, in admission), as stacked columns. */
	public static String trend(String title, List<String> labels, List<long[]> values, List<String> seriesNames) {
		int width = 720;
		int height = 260;
		int left = 40;
		int bottom = 40;
		long max = Math.max(1, values.stream().mapToLong(v -> v[0] + v[1]).max().orElse(1));
		StringBuilder svg = open(width, height, title);
		int n = Math.max(labels.size(), 1);
		double step = (width - left - 10) / (double) n;
		for (int i = 0; i < labels.size(); i++) {
			double x = left + i * step;
			double base = height - bottom;
			for (int s = 0; s < 2; s++) {
				double h = (height - bottom - 30) * values.get(i)[s] / (double) max;
				base -= h;
				svg.append("<rect x=\"").append(fmt(x + 1)).append("\" y=\"").append(fmt(base)).append("\" width=\"")
					.append(fmt(Math.max(step - 2, 1))).append("\" height=\"").append(fmt(h)).append("\" fill=\"")
					.append(SERIES[s]).append("\"/>");
			}
			boolean last = i == labels.size() - 1;
			if (labels.get(i).endsWith("-12") || last) {
				// the last label ends at the last column, so that it is not cut at the chart's edge
				svg.append("<text x=\"").append(fmt(last ? x + step : x + step / 2)).append("\" y=\"").append(height - bottom + 16)
					.append("\" text-anchor=\"").append(last ? "end" : "middle").append("\" font-size=\"11\">")
					.append(esc(labels.get(i))).append("</text>");
			}
		}
		svg.append("<text x=\"").append(left - 6).append("\" y=\"34\" text-anchor=\"end\" font-size=\"11\">").append(max)
			.append("</text>");
		for (int s = 0; s < seriesNames.size(); s++) {
			svg.append("<rect x=\"").append(left + s * 200).append("\" y=\"").append(height - 14)
				.append("\" width=\"12\" height=\"12\" fill=\"").append(SERIES[s]).append("\"/>");
			svg.append("<text x=\"").append(left + s * 200 + 18).append("\" y=\"").append(height - 3)
				.append("\" font-size=\"12\">").append(esc(seriesNames.get(s))).append("</text>");
		}
		return svg.append("</svg>").toString();
	}

	/**
	 * Columns grouped by label, one colour per series, with a legend in the same colours (the series
	 * named below the chart); the values written above each column.
	 */
	public static String columns(String title, List<String> labels, List<String> seriesNames, List<long[]> values) {
		int width = 720;
		int height = 280;
		int left = 16;
		int bottom = 64;
		int top = 24;
		long max = Math.max(1, values.stream().flatMapToLong(java.util.Arrays::stream).max().orElse(1));
		StringBuilder svg = open(width, height, title);
		int n = Math.max(labels.size(), 1);
		int series = Math.max(seriesNames.size(), 1);
		double step = (width - left * 2) / (double) n;
		double column = Math.min(48, (step - 12) / series);
		for (int i = 0; i < labels.size(); i++) {
			double x0 = left + i * step + (step - column * series) / 2;
			for (int s = 0; s < series; s++) {
				long v = values.get(i)[s];
				double h = (height - bottom - top) * v / (double) max;
				double x = x0 + s * column;
				double y = height - bottom - h;
				svg.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" width=\"")
					.append(fmt(Math.max(column - 2, 1))).append("\" height=\"").append(fmt(h)).append("\" fill=\"")
					.append(SERIES[s % SERIES.length]).append("\"/>");
				svg.append("<text x=\"").append(fmt(x + column / 2 - 1)).append("\" y=\"").append(fmt(y - 4))
					.append("\" text-anchor=\"middle\" font-size=\"11\">").append(v).append("</text>");
			}
			svg.append("<text x=\"").append(fmt(left + i * step + step / 2)).append("\" y=\"").append(height - bottom + 16)
				.append("\" text-anchor=\"middle\" font-size=\"11\">").append(esc(labels.get(i))).append("</text>");
		}
		for (int s = 0; s < seriesNames.size(); s++) {
			int y = height - 28 + (s / 2) * 16;
			int x = left + (s % 2) * 340;
			svg.append("<rect x=\"").append(x).append("\" y=\"").append(y - 10)
				.append("\" width=\"12\" height=\"12\" fill=\"").append(SERIES[s % SERIES.length]).append("\"/>");
			svg.append("<text x=\"").append(x + 18).append("\" y=\"").append(y)
				.append("\" font-size=\"12\">").append(esc(seriesNames.get(s))).append("</text>");
		}
		return svg.append("</svg>").toString();
	}

	static StringBuilder open(int width, int height, String title) {
		return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
			// drawn left to right in every language: an Arabic page's direction must not move labels and
			// values. A presentation attribute, not a style attribute, which the pages' CSP refuses.
			.append(width).append(' ').append(height).append("\" width=\"100%\" direction=\"ltr\"")
			.append(" font-family=\"sans-serif\"><title>")
			.append(esc(title)).append("</title>");
	}

	/** XML escaping (the SVG is also read by XML parsers: no HTML named entities). */
	static String esc(String text) {
		return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	static String fmt(double v) {
		return String.format(java.util.Locale.ROOT, "%.1f", v);
	}
}
