package org.sgbridge.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The geographic distribution of pilot SMEs as an SVG world map: Natural Earth 1:110m shapes
 * (reference/world-110m.json, public domain), an equirectangular projection, each country
 * coloured by its count with a legend. Small states that the 1:110m shapes leave out appear only
 * in the table beside the map.
 */
@Component
public class WorldMap {

	private static final String[] SCALE = { "#f2f2f2", "#c6dbef", "#6baed6", "#2171b5", "#08306b" };
	private static final int WIDTH = 960;
	private static final int HEIGHT = 440;

	private record Shape(String m49, List<double[][]> rings) {
	}

	private final List<Shape> shapes;

	WorldMap() {
		try (InputStream in = WorldMap.class.getResourceAsStream("/reference/world-110m.json")) {
			JsonNode root = JsonMapper.builder().build().readTree(in);
			List<Shape> loaded = new ArrayList<>();
			for (JsonNode country : root.path("countries")) {
				String m49 = country.path("m49").asString();
				if ("010".equals(m49)) {
					continue; // Antarctica
				}
				List<double[][]> rings = new ArrayList<>();
				for (JsonNode ring : country.path("polygons")) {
					double[][] points = new double[ring.size()][];
					for (int i = 0; i < ring.size(); i++) {
						points[i] = new double[] { ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble() };
					}
					rings.add(points);
				}
				loaded.add(new Shape(m49, rings));
			}
			shapes = List.copyOf(loaded);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The map, coloured by the count per M49 code, with a legend; {@code title} names it for screen readers. */
	public String svg(String title, Map<String, Long> countByM49, String legendLabel) {
		long max = countByM49.values().stream().mapToLong(Long::longValue).max().orElse(0);
		StringBuilder svg = Charts.open(WIDTH, HEIGHT + 40, title);
		svg.append("<rect width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" fill=\"#ffffff\"/>");
		for (Shape shape : shapes) {
			long count = countByM49.getOrDefault(shape.m49(), 0L);
			StringBuilder d = new StringBuilder();
			for (double[][] ring : shape.rings()) {
				for (int i = 0; i < ring.length; i++) {
					// A ring that crosses the date line is broken there rather than drawn across the map.
					boolean jump = i > 0 && Math.abs(ring[i][0] - ring[i - 1][0]) > 180;
					d.append(i == 0 || jump ? 'M' : 'L').append(Charts.fmt(x(ring[i][0]))).append(',')
						.append(Charts.fmt(y(ring[i][1])));
				}
				d.append('Z');
			}
			svg.append("<path d=\"").append(d).append("\" fill=\"").append(colour(count, max))
				.append("\" fill-rule=\"evenodd\" stroke=\"#888888\" stroke-width=\"0.4\"/>");
		}
		// Legend: the classes of the colour scale.
		int x = 20;
		for (int c = 1; c < SCALE.length; c++) {
			long from = c == 1 ? 1 : (long) Math.ceil(max * (c - 1) / 4.0) + 1;
			long to = (long) Math.ceil(max * c / 4.0);
			if (to < from) {
				continue;
			}
			svg.append("<rect x=\"").append(x).append("\" y=\"").append(HEIGHT + 12).append("\" width=\"16\" height=\"16\" fill=\"")
				.append(SCALE[c]).append("\" stroke=\"#888888\"/>");
			svg.append("<text x=\"").append(x + 22).append("\" y=\"").append(HEIGHT + 25).append("\" font-size=\"13\">")
				.append(from == to ? String.valueOf(to) : from + "–" + to).append("</text>");
			x += 90;
		}
		svg.append("<text x=\"").append(x + 10).append("\" y=\"").append(HEIGHT + 25).append("\" font-size=\"13\">")
			.append(Charts.esc(legendLabel)).append("</text>");
		return svg.append("</svg>").toString();
	}

	private static double x(double lon) {
		return (lon + 180) / 360 * WIDTH;
	}

	private static double y(double lat) {
		double clamped = Math.max(-60, Math.min(85, lat));
		return (85 - clamped) / 145 * HEIGHT;
	}

	private static String colour(long count, long max) {
		if (count <= 0 || max <= 0) {
			return SCALE[0];
		}
		int c = (int) Math.ceil(4.0 * count / max);
		return SCALE[Math.max(1, Math.min(4, c))];
	}
}
