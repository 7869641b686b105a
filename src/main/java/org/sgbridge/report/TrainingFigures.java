package org.sgbridge.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sgbridge.directory.MemberStates;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Problem;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delegates trained: the distinct accounts checked in at a training or regional standardization
 * forum whose first day falls in the period, by the country and region of the organisation of
 * their registration and by that organisation; a trainee without an organisation counts under
 * "unknown". Counted in SQL on the meeting and directory modules' published views.
 */
@Service
@Transactional(readOnly = true)
@org.springframework.modulith.NamedInterface("api")
public class TrainingFigures implements BsgSection {

	/** The key under which a trainee without organisation (so without country or region) is counted. */
	public static final String UNKNOWN = "unknown";

	private static final String CHECKED_IN = """
			FROM meeting_check_in_v c
			LEFT JOIN directory_organization_v o ON o.id = c.organization_id
			LEFT JOIN directory_member_state_v s ON s.code = o.country
			WHERE c.meeting_kind IN ('TRAINING', 'FORUM') AND c.start_date >= :from AND c.start_date <= :to""";

	private final JdbcClient jdbc;
	private final MemberStates states;
	private final MessageSource messages;

	TrainingFigures(JdbcClient jdbc, MemberStates states, MessageSource messages) {
		this.jdbc = jdbc;
		this.states = states;
		this.messages = messages;
	}

	@Override
	public String key() {
		return "trainings";
	}

	@Override
	public int order() {
		return 30;
	}

	/** The API's figures: events held, delegates trained, their countries and organisations. */
	public record Totals(long events, long delegates, long countries, long organizations) {
	}

	@Override
	public Totals json(BsgPeriod period) {
		long events = jdbc.sql("""
				SELECT COUNT(*) FROM meeting_v WHERE kind IN ('TRAINING', 'FORUM') AND start_date >= :from AND start_date <= :to""")
			.param("from", period.from()).param("to", period.to()).query(Long.class).single();
		return jdbc.sql("SELECT COUNT(DISTINCT c.account_id), COUNT(DISTINCT o.country), COUNT(DISTINCT c.organization_id) "
				+ CHECKED_IN)
			.param("from", period.from()).param("to", period.to())
			.query((rs, n) -> new Totals(events, rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.single();
	}

	/** A line of a table of delegates trained: a code or id ({@link #UNKNOWN} for none), what readers read, how many. */
	public record Line(String key, String label, long delegates) {
	}

	/** Delegates trained over the period, by country, by organisation and by region, most first. */
	public record Trained(BsgPeriod period, Totals totals, List<Line> byCountry, List<Line> byOrganization,
			List<Line> byRegion) {
	}

	/** The secretariat's "Delegates trained": 403 for anyone else. */
	public Trained trained(Actor actor, BsgPeriod period, Locale locale) {
		if (!actor.isSecretariat()) {
			throw Problem.forbidden("secretariat");
		}
		return trained(period, locale);
	}

	Trained trained(BsgPeriod period, Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		states.all(period.to()).forEach(s -> names.put(s.code(), s.name(locale)));
		String unknown = messages.getMessage("bsg.trained.unknown", null, UNKNOWN, locale);
		List<Line> byCountry = lines("o.country", null, period, code -> names.getOrDefault(code, code), unknown, locale);
		List<Line> byRegion = lines("s.region", null, period,
				code -> messages.getMessage("region." + code, null, code, locale), unknown, locale);
		List<Line> byOrganization = lines("c.organization_id", "o.name", period, null, unknown, locale);
		return new Trained(period, json(period), byCountry, byOrganization, byRegion);
	}

	private List<Line> lines(String key, String label, BsgPeriod period, java.util.function.UnaryOperator<String> name,
			String unknown, Locale locale) {
		String select = "SELECT " + key + " AS k, " + (label == null ? "NULL" : "MAX(" + label + ")")
				+ " AS l, COUNT(DISTINCT c.account_id) AS n " + CHECKED_IN + " GROUP BY " + key;
		List<Line> lines = new ArrayList<>(jdbc.sql(select).param("from", period.from()).param("to", period.to())
			.query((rs, n) -> {
				String k = rs.getString("k");
				String l = k == null ? unknown : label != null ? rs.getString("l") : name.apply(k);
				return new Line(k == null ? UNKNOWN : k, l, rs.getLong("n"));
			})
			.list());
		// Most first, then by name; "unknown" last.
		lines.sort(java.util.Comparator.comparing((Line l) -> l.key().equals(UNKNOWN))
			.thenComparing(Line::delegates, java.util.Comparator.reverseOrder())
			.thenComparing(Line::label, java.text.Collator.getInstance(locale)));
		return lines;
	}

	@Override
	public List<BsgFigure> figures(BsgPeriod period, Locale locale) {
		Trained t = trained(period, locale);
		String title = t("bsg.figure.trainings", locale);
		String chart = Charts.bars(title, t.byRegion().stream().map(l -> new Charts.Bar(l.label(), l.delegates())).toList());
		List<List<String>> rows = new ArrayList<>();
		t.byRegion().forEach(l -> rows.add(List.of(l.label(), String.valueOf(l.delegates()))));
		return List.of(new BsgFigure("trainings", title,
				t("bsg.figure.trainings.note", locale, t.totals().events(), t.totals().delegates(), t.totals().countries(),
						t.totals().organizations()),
				chart, List.of(t("pilot.region", locale), t("bsg.trained.delegates", locale)), rows));
	}

	private String t(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
