package org.sgbridge.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.sgbridge.directory.MemberState;
import org.sgbridge.directory.MemberStates;
import org.sgbridge.platform.Dates;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The geographic distribution of pilot SMEs as an SVG world map: Natural Earth 1:110m shapes
 * (reference/world-110m.json, public domain), an equirectangular projection, each Member State with
 * a count coloured by the legend class that holds its count and titled "Name: count". Member States
 * too small for the 1:110m shapes are a dot at their centre (reference/small-states.csv). The one
 * {@link Legend} decides both the legend and each state's colour, for the dashboard, the Council
 * report and the API alike.
 */
@Component
public class WorldMap {

	private static final String NO_COUNT = "#f2f2f2";
	private static final String[] CLASS_COLOURS = { "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c" };
	private static final int WIDTH = 960;
	private static final int HEIGHT = 440;

	/** A state's shape, with its outline as an SVG path, drawn once when the shapes are loaded (the same on every map). */
	private record Shape(String m49, String path) {
	}

	/** A Member State's count, with its name in the reader's language. */
	public record StateCount(String m49, String name, long count) {
	}

	/**
	 * The legend: at most five classes, contiguous from 1 to the highest count, each a colour. A count
	 * belongs to exactly one class; a count of 0 (or none) to none.
	 */
	public record Legend(List<LegendClass> classes) {

		public static final int MAX_CLASSES = 5;

		public record LegendClass(long from, long to, String colour) {

			public String label() {
				return from == to ? String.valueOf(from) : from + "\u2013" + to;
			}
		}

		/** Splits 1..max into min(5, max) classes of nearly equal width. */
		public static Legend of(long max) {
			List<LegendClass> classes = new ArrayList<>();
			int k = (int) Math.min(MAX_CLASSES, Math.max(0, max));
			long from = 1;
			for (int i = 0; i < k; i++) {
				long to = Math.floorDiv(Math.multiplyExact(max, (long) i + 1), k);
				String colour = CLASS_COLOURS[k == 1 ? CLASS_COLOURS.length - 1 : Math.round(i * (CLASS_COLOURS.length - 1) / (float) (k - 1))];
				classes.add(new LegendClass(from, to, colour));
				from = to + 1;
			}
			return new Legend(List.copyOf(classes));
		}

		public Optional<LegendClass> classOf(long count) {
			return classes.stream().filter(c -> c.from() <= count && count <= c.to()).findFirst();
		}

		public String colourOf(long count) {
			return classOf(count).map(LegendClass::colour).orElse(NO_COUNT);
		}
	}

	private final List<Shape> shapes;
	private final Map<String, double[]> centres;
	private final MemberStates states;
	private final Clock clock;

	WorldMap(MemberStates states, Clock clock) {
		this.states = states;
		this.clock = clock;
		this.shapes = loadShapes();
		this.centres = loadCentres();
	}

	/** The map of the pilot's figures: each Member State's SMEs in any state (approved, in admission, interested). */
	public String svg(String title, PilotFigures figures, Locale locale, String legendLabel) {
		Map<String, MemberState> byCode = new HashMap<>();
		states.all(Dates.today(clock)).forEach(s -> byCode.put(s.code(), s));
		List<StateCount> counts = new ArrayList<>();
		figures.byMemberState().forEach((code, c) -> {
			MemberState s = byCode.get(code);
			if (s != null) {
				counts.add(new StateCount(s.m49(), s.name(locale), c.approved() + c.inAdmission() + c.interested()));
			}
		});
		return svg(title, counts, legendLabel);
	}

	/** The map of these counts, with its legend; {@code title} names it for screen readers. */
	public String svg(String title, List<StateCount> counts, String legendLabel) {
		Map<String, StateCount> byM49 = new HashMap<>();
		counts.stream().filter(c -> c.count() > 0).forEach(c -> byM49.put(c.m49(), c));
		Legend legend = Legend.of(byM49.values().stream().mapToLong(StateCount::count).max().orElse(0));
		StringBuilder svg = Charts.open(WIDTH, HEIGHT + 40, title);
		svg.append("<rect width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" fill=\"#ffffff\"/>");
		for (Shape shape : shapes) {
			StateCount count = byM49.remove(shape.m49());
			svg.append("<path d=\"").append(shape.path()).append("\" fill=\"").append(legend.colourOf(count == null ? 0 : count.count()))
				.append("\" fill-rule=\"evenodd\" stroke=\"#888888\" stroke-width=\"0.4\"");
			close(svg, "path", count);
		}
		// States without a shape, drawn last so that they stay on top.
		byM49.values().stream().sorted(java.util.Comparator.comparing(StateCount::m49)).forEach(count -> {
			double[] centre = centres.get(count.m49());
			if (centre == null) {
				return;
			}
			svg.append("<circle cx=\"").append(Charts.fmt(x(centre[0]))).append("\" cy=\"").append(Charts.fmt(y(centre[1])))
				.append("\" r=\"4\" fill=\"").append(legend.colourOf(count.count()))
				.append("\" stroke=\"#333333\" stroke-width=\"0.8\"");
			close(svg, "circle", count);
		});
		svg.append("<g class=\"legend\">");
		int x = 20;
		for (Legend.LegendClass c : legend.classes()) {
			svg.append("<rect x=\"").append(x).append("\" y=\"").append(HEIGHT + 12).append("\" width=\"16\" height=\"16\" fill=\"")
				.append(c.colour()).append("\" stroke=\"#888888\"/>");
			svg.append("<text x=\"").append(x + 22).append("\" y=\"").append(HEIGHT + 25).append("\" font-size=\"13\">")
				.append(c.label()).append("</text>");
			x += 90;
		}
		svg.append("</g><text x=\"").append(x + 10).append("\" y=\"").append(HEIGHT + 25).append("\" font-size=\"13\">")
			.append(Charts.esc(legendLabel)).append("</text>");
		return svg.append("</svg>").toString();
	}

	/** Ends an element; one with a count gets its title ("Japan: 4", the count in Latin digits). */
	private static void close(StringBuilder svg, String element, StateCount count) {
		if (count == null) {
			svg.append("/>");
			return;
		}
		svg.append("><title>").append(Charts.esc(count.name())).append(": ").append(Long.toString(count.count()))
			.append("</title></").append(element).append('>');
	}

	private static double x(double lon) {
		return (lon + 180) / 360 * WIDTH;
	}

	private static double y(double lat) {
		double clamped = Math.max(-60, Math.min(85, lat));
		return (85 - clamped) / 145 * HEIGHT;
	}

	private static List<Shape> loadShapes() {
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
				loaded.add(new Shape(m49, path(rings)));
			}
			return List.copyOf(loaded);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The outline of a state's rings, projected. */
	private static String path(List<double[][]> rings) {
		StringBuilder d = new StringBuilder();
		for (double[][] ring : rings) {
			for (int i = 0; i < ring.length; i++) {
				// A ring that crosses the date line is broken there rather than drawn across the map.
				boolean jump = i > 0 && Math.abs(ring[i][0] - ring[i - 1][0]) > 180;
				d.append(i == 0 || jump ? 'M' : 'L').append(Charts.fmt(x(ring[i][0]))).append(',')
					.append(Charts.fmt(y(ring[i][1])));
			}
			d.append('Z');
		}
		return d.toString();
	}

	/** m49 to [lon, lat] of the states that the shapes leave out. */
	private static Map<String, double[]> loadCentres() {
		Map<String, double[]> loaded = new HashMap<>();
		try (InputStream in = WorldMap.class.getResourceAsStream("/reference/small-states.csv");
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			boolean header = true;
			while ((line = reader.readLine()) != null) {
				if (line.startsWith("#") || line.isBlank()) {
					continue;
				}
				if (header) {
					header = false;
					continue;
				}
				String[] f = line.split(",", 4);
				loaded.put(f[0], new double[] { Double.parseDouble(f[1]), Double.parseDouble(f[2]) });
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return Map.copyOf(loaded);
	}
}
