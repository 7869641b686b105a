package org.sgbridge.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The map agrees with its legend: whatever the counts, every Member State's colour is that of the
 * legend class holding its count, and the classes (at most five) run without gap from 1 to the
 * highest count. States without a shape at 1:110m are dots.
 */
class WorldMapLegendTests {

	private static final WorldMap MAP = new WorldMap(null, null);

	/** Shapes (JP, EG, FR, BR, US, IN, KE, CH) and states drawn as dots (SG, MT, BH, TV, KI, VA). */
	private static final List<String> M49 = List.of("392", "818", "250", "076", "840", "356", "404", "756", "702", "470",
			"048", "798", "296", "336");

	private static final Set<String> DOTS = Set.of("702", "470", "048", "798", "296", "336");

	record LegendEntry(long from, long to, String colour) {
	}

	/**
	 * 300 random cases (a fixed seed, so that a failure can be replayed): some of the states, each
	 * with a count from 0 to 2,000, skewed towards small counts where the classes are narrow.
	 */
	static Stream<Map<String, Long>> counts() {
		Random random = new Random(20261202L);
		return Stream.generate(() -> {
			Map<String, Long> counts = new LinkedHashMap<>();
			int states = random.nextInt(M49.size() + 1);
			for (int i = 0; i < states; i++) {
				long bound = random.nextBoolean() ? 12 : 2001;
				counts.put(M49.get(random.nextInt(M49.size())), (long) random.nextInt((int) bound));
			}
			return counts;
		}).limit(300);
	}

	@ParameterizedTest
	@MethodSource("counts")
	void everyStatesColourIsTheLegendClassHoldingItsCount(Map<String, Long> counts) throws Exception {
		List<WorldMap.StateCount> states = new ArrayList<>();
		counts.forEach((m49, n) -> states.add(new WorldMap.StateCount(m49, "State " + m49, n)));
		Document svg = parse(MAP.svg("Map", states, "SMEs"));

		List<LegendEntry> legend = legend(svg);
		long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
		assertThat(legend.size()).isLessThanOrEqualTo(5).isEqualTo((int) Math.min(5, max));
		long next = 1;
		for (LegendEntry entry : legend) {
			assertThat(entry.from()).as("classes contiguous from 1").isEqualTo(next);
			assertThat(entry.to()).isGreaterThanOrEqualTo(entry.from());
			next = entry.to() + 1;
		}
		assertThat(next - 1).as("the last class ends at the highest count").isEqualTo(max);
		assertThat(legend.stream().map(LegendEntry::colour).distinct().count()).isEqualTo(legend.size());

		Map<String, Element> titled = titled(svg);
		counts.forEach((m49, n) -> {
			if (n == 0) {
				assertThat(titled).doesNotContainKey("State " + m49);
				return;
			}
			Element shape = titled.get("State " + m49);
			assertThat(shape).as("the shape or dot of %s", m49).isNotNull();
			assertThat(shape.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("State " + m49 + ": " + n);
			LegendEntry holder = legend.stream().filter(e -> e.from() <= n && n <= e.to()).findFirst().orElseThrow();
			assertThat(shape.getAttribute("fill")).as("colour of %s with %d", m49, n).isEqualTo(holder.colour());
			if (DOTS.contains(m49)) {
				assertThat(shape.getTagName()).isEqualTo("circle");
				assertThat(shape.getAttribute("r")).isEqualTo("4");
			}
			else {
				assertThat(shape.getTagName()).isEqualTo("path");
			}
		});
		assertThat(titled).hasSize((int) counts.values().stream().filter(n -> n > 0).count());
	}

	/** The case that was reported: with a highest count of 5, Egypt's 3 took the colour of the class "4". */
	@Test
	void withAHighestCountOfFiveEgyptsThreeHasTheColourOfClassThree() throws Exception {
		Document svg = parse(MAP.svg("Map", List.of(new WorldMap.StateCount("392", "Japan", 5),
				new WorldMap.StateCount("818", "Egypt", 3)), "SMEs"));
		List<LegendEntry> legend = legend(svg);
		assertThat(legend).extracting(e -> e.from() + "-" + e.to()).containsExactly("1-1", "2-2", "3-3", "4-4", "5-5");
		assertThat(titled(svg).get("Egypt").getAttribute("fill")).isEqualTo(legend.get(2).colour());
		assertThat(titled(svg).get("Japan").getAttribute("fill")).isEqualTo(legend.get(4).colour());
	}

	@Test
	void classLabelsUseAnEnDash() throws Exception {
		Document svg = parse(MAP.svg("Map", List.of(new WorldMap.StateCount("392", "Japan", 10)), "SMEs"));
		Element g = legendGroup(svg);
		List<String> labels = new ArrayList<>();
		NodeList texts = g.getElementsByTagName("text");
		for (int i = 0; i < texts.getLength(); i++) {
			labels.add(texts.item(i).getTextContent());
		}
		assertThat(labels).containsExactly("1\u20132", "3\u20134", "5\u20136", "7\u20138", "9\u201310");
	}

	static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	private static Element legendGroup(Document svg) {
		NodeList groups = svg.getElementsByTagName("g");
		for (int i = 0; i < groups.getLength(); i++) {
			Element g = (Element) groups.item(i);
			if ("legend".equals(g.getAttribute("class"))) {
				return g;
			}
		}
		throw new AssertionError("no legend");
	}

	/** The legend's classes: each a rect followed by its text ("1", "2–3"). */
	static List<LegendEntry> legend(Document svg) {
		List<LegendEntry> entries = new ArrayList<>();
		Element g = legendGroup(svg);
		List<Element> children = new ArrayList<>();
		for (Node n = g.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e) {
				children.add(e);
			}
		}
		assertThat(children.size() % 2).isZero();
		for (int i = 0; i < children.size(); i += 2) {
			assertThat(children.get(i).getTagName()).isEqualTo("rect");
			assertThat(children.get(i + 1).getTagName()).isEqualTo("text");
			String[] range = children.get(i + 1).getTextContent().split("\u2013");
			entries.add(new LegendEntry(Long.parseLong(range[0]), Long.parseLong(range[range.length - 1]),
					children.get(i).getAttribute("fill")));
		}
		return entries;
	}

	/** The shapes and dots that have a title, by the name in it ("Japan: 4" gives "Japan"). */
	static Map<String, Element> titled(Document svg) {
		Map<String, Element> out = new LinkedHashMap<>();
		for (String tag : List.of("path", "circle")) {
			NodeList nodes = svg.getElementsByTagName(tag);
			for (int i = 0; i < nodes.getLength(); i++) {
				Element e = (Element) nodes.item(i);
				NodeList titles = e.getElementsByTagName("title");
				if (titles.getLength() > 0) {
					String title = titles.item(0).getTextContent();
					assertThat(out.put(title.substring(0, title.lastIndexOf(": ")), e)).as("one shape per state").isNull();
				}
			}
		}
		return out;
	}

	static Map<String, Long> countsByName(Document svg) {
		Map<String, Long> out = new HashMap<>();
		titled(svg).forEach((name, e) -> {
			String title = e.getElementsByTagName("title").item(0).getTextContent();
			out.put(name, Long.parseLong(title.substring(title.lastIndexOf(": ") + 2)));
		});
		return out;
	}
}
