package org.sgbridge.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fellowships awarded over the period, counted by the date of the award (the BSG document's figure
 * 2): how many, full and partial, the amount in CHF, by region of the Member State counted and by
 * month. Counted in SQL on the bsg module's published history.
 */
@Service
@Transactional(readOnly = true)
class FellowshipFigures implements BsgSection {

	private final JdbcClient jdbc;
	private final MessageSource messages;

	FellowshipFigures(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	public String key() {
		return "fellowships";
	}

	@Override
	public int order() {
		return 10;
	}

	record Money(BigDecimal amount, String currency) {
	}

	/** The API's figures; {@code byMonth} by "YYYY-MM" of the award (UTC), {@code byRegion} by region code. */
	record Figures(long awarded, long full, long partial, Money amount, Map<String, Long> byRegion,
			Map<String, Long> byMonth) {
	}

	private record Row(String region, String kind, int year, int month, long count, BigDecimal amount) {
	}

	@Override
	public Figures json(BsgPeriod period) {
		String day = "CAST(h.effective_at AT TIME ZONE 'UTC' AS DATE)";
		List<Row> rows = jdbc.sql("SELECT s.region, h.awarded_kind, EXTRACT(YEAR FROM " + day + ") AS y, EXTRACT(MONTH FROM "
				+ day + ") AS m, COUNT(*) AS n, SUM(h.amount) AS amount "
				+ "FROM bsg_fellowship_history_v h LEFT JOIN directory_member_state_v s ON s.code = h.member_state "
				+ "WHERE h.status = 'AWARDED' AND h.effective_at >= :start AND h.effective_at < :end "
				+ "GROUP BY s.region, h.awarded_kind, EXTRACT(YEAR FROM " + day + "), EXTRACT(MONTH FROM " + day + ")")
			.param("start", Timestamp.from(period.start()))
			.param("end", Timestamp.from(period.end()))
			.query((rs, n) -> new Row(rs.getString("region"), rs.getString("awarded_kind"), rs.getInt("y"), rs.getInt("m"),
					rs.getLong("n"), rs.getBigDecimal("amount")))
			.list();
		long full = 0;
		long partial = 0;
		BigDecimal amount = BigDecimal.ZERO;
		Map<String, Long> byRegion = new TreeMap<>();
		Map<String, Long> byMonth = new TreeMap<>();
		for (Row r : rows) {
			if ("FULL".equals(r.kind())) {
				full += r.count();
			}
			else {
				partial += r.count();
			}
			amount = amount.add(r.amount() == null ? BigDecimal.ZERO : r.amount());
			byRegion.merge(r.region() == null ? TrainingFigures.UNKNOWN : r.region(), r.count(), Long::sum);
			byMonth.merge(String.format(Locale.ROOT, "%04d-%02d", r.year(), r.month()), r.count(), Long::sum);
		}
		return new Figures(full + partial, full, partial, new Money(amount.setScale(2, RoundingMode.HALF_UP), "CHF"),
				byRegion, byMonth);
	}

	@Override
	public List<BsgFigure> figures(BsgPeriod period, Locale locale) {
		Figures f = json(period);
		String note = t("bsg.figure.fellowships.note", locale, f.awarded(), f.full(), f.partial(),
				f.amount().amount().toPlainString());
		String byMonthTitle = t("bsg.figure.fellowships.month", locale);
		List<String> months = new ArrayList<>(f.byMonth().keySet());
		String monthChart = Charts.columns(byMonthTitle, months, List.of(t("bsg.fellowships.awarded", locale)),
				months.stream().map(m -> new long[] { f.byMonth().get(m) }).toList());
		List<List<String>> monthRows = months.stream().map(m -> List.of(m, String.valueOf(f.byMonth().get(m)))).toList();
		String byRegionTitle = t("bsg.figure.fellowships.region", locale);
		String regionChart = Charts.bars(byRegionTitle, f.byRegion().entrySet().stream()
			.map(e -> new Charts.Bar(t("region." + e.getKey(), locale), e.getValue())).toList());
		List<List<String>> regionRows = f.byRegion().entrySet().stream()
			.map(e -> List.of(t("region." + e.getKey(), locale), String.valueOf(e.getValue()))).toList();
		return List.of(
				new BsgFigure("fellowships-month", byMonthTitle, note, monthChart,
						List.of(t("bsg.month", locale), t("bsg.fellowships.awarded", locale)), monthRows),
				new BsgFigure("fellowships-region", byRegionTitle, note, regionChart,
						List.of(t("pilot.region", locale), t("bsg.fellowships.awarded", locale)), regionRows));
	}

	private String t(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
