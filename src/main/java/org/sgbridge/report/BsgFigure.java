package org.sgbridge.report;

import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * A figure of the BSG report as the page and the files show it: its title, a sentence that says
 * what it counts, the chart (SVG, whose colours are those of its legend) and the same figures as a
 * table (for screen readers and for the record). {@code id} is stable, for the page's anchors.
 */
@NamedInterface("api")
public record BsgFigure(String id, String title, String note, String chartSvg, List<String> headings,
		List<List<String>> rows) {

	public BsgFigure {
		headings = List.copyOf(headings);
		rows = rows.stream().map(List::copyOf).toList();
	}
}
