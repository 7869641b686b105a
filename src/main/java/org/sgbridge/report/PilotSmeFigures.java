package org.sgbridge.report;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sgbridge.directory.MemberStates;
import org.sgbridge.platform.Dates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The geographic distribution of the pilot's SMEs (the BSG document's figure 1): the pilot report's
 * own figures at the end of the period (today at the latest), by Member State on the map and by
 * region; nothing before the pilot began.
 */
@Service
@Transactional(readOnly = true)
class PilotSmeFigures implements BsgSection {

	private final PilotReports reports;
	private final WorldMap map;
	private final MemberStates states;
	private final MessageSource messages;
	private final Clock clock;

	PilotSmeFigures(PilotReports reports, WorldMap map, MemberStates states, MessageSource messages, Clock clock) {
		this.reports = reports;
		this.map = map;
		this.states = states;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public String key() {
		return "pilotSmes";
	}

	@Override
	public int order() {
		return 5;
	}

	/** The pilot's figures at the end of the period, or null before the pilot began. */
	PilotFigures pilot(BsgPeriod period) {
		java.time.LocalDate day = period.to().isAfter(Dates.today(clock)) ? Dates.today(clock) : period.to();
		return day.isBefore(PilotReports.PILOT_START) ? null : reports.figures(day, null);
	}

	@Override
	public Map<String, Object> json(BsgPeriod period) {
		PilotFigures f = pilot(period);
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("asOf", f == null ? null : f.asOf().toString());
		out.put("byRegion", f == null ? Map.of() : f.byRegion());
		out.put("byMemberState", f == null ? Map.of() : f.byMemberState());
		return out;
	}

	@Override
	public List<BsgFigure> figures(BsgPeriod period, Locale locale) {
		PilotFigures f = pilot(period);
		String title = t("bsg.figure.pilot", locale);
		if (f == null) {
			return List.of(new BsgFigure("pilot", title, t("bsg.figure.pilot.none", locale), Charts.bars(title, List.of()),
					List.of(t("pilot.country", locale), t("pilot.region", locale), t("pilot.status.APPROVED", locale),
							t("pilot.status.SUBMITTED", locale), t("pilot.interested", locale)), List.of()));
		}
		Map<String, String> names = new HashMap<>();
		Map<String, String> regions = new HashMap<>();
		states.all(f.asOf()).forEach(s -> {
			names.put(s.code(), s.name(locale));
			regions.put(s.code(), s.region().name());
		});
		String svg = map.svg(title, f, locale, t("dashboard.map.legend", locale));
		List<List<String>> rows = new ArrayList<>();
		java.text.Collator collator = java.text.Collator.getInstance(locale);
		f.byMemberState().entrySet().stream()
			.sorted((a, b) -> collator.compare(names.getOrDefault(a.getKey(), a.getKey()), names.getOrDefault(b.getKey(), b.getKey())))
			.forEach(e -> rows.add(List.of(names.getOrDefault(e.getKey(), e.getKey()),
					t("region." + regions.getOrDefault(e.getKey(), TrainingFigures.UNKNOWN), locale),
					String.valueOf(e.getValue().approved()), String.valueOf(e.getValue().inAdmission()),
					String.valueOf(e.getValue().interested()))));
		var totals = f.totals();
		return List.of(new BsgFigure("pilot", title,
				t("bsg.figure.pilot.note", locale, totals.approved(), totals.inAdmission(), Dates.format(f.asOf(), locale)), svg,
				List.of(t("pilot.country", locale), t("pilot.region", locale), t("pilot.status.APPROVED", locale),
						t("pilot.status.SUBMITTED", locale), t("pilot.interested", locale)), rows));
	}

	private String t(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
