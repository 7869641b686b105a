package org.sgbridge.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sgbridge.directory.FocalPoints;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Dates;
import org.sgbridge.platform.Problem;
import org.sgbridge.studygroup.StudyGroup;
import org.sgbridge.studygroup.StudyGroups;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pilot's figures as of a date, from the history views {@code pilot_admission_history_v} and
 * {@code pilot_interest_group_v}: one SQL aggregate, nothing counted in Java.
 */
@Service
@Transactional(readOnly = true)
public class PilotReports {

	/** The pilot began with the Council 2017 decision. */
	public static final LocalDate PILOT_START = LocalDate.of(2017, 5, 25);

	static final int APPROVED = 3;
	static final int IN_ADMISSION = 2;
	static final int INTERESTED = 1;

	private final PilotCounts counts;
	private final FocalPoints focalPoints;
	private final StudyGroups groups;
	private final Clock clock;

	PilotReports(PilotCounts counts, FocalPoints focalPoints, StudyGroups groups, Clock clock) {
		this.counts = counts;
		this.focalPoints = focalPoints;
		this.groups = groups;
		this.clock = clock;
	}

	/**
	 * The figures at the end of {@code asOf} (today when empty): all of them for the secretariat,
	 * its own states' for a DFP; 403 for anyone else. A date before the pilot, in the future or
	 * malformed is 400 {@code invalid-date}.
	 */
	public PilotFigures pilot(Actor actor, String asOf) {
		LocalDate day = Dates.parseOrToday(asOf, clock);
		if (day.isBefore(PILOT_START) || day.isAfter(Dates.today(clock))) {
			throw Dates.invalid(asOf);
		}
		List<String> states = actor.isSecretariat() ? List.of() : focalPoints.statesOf(actor.accountId());
		if (!actor.isSecretariat() && states.isEmpty()) {
			throw Problem.forbidden("reports");
		}
		return figures(day, actor.isSecretariat() ? null : states);
	}

	/**
	 * The figures at the end of a day, for every state ({@code states} null) or only these, read from
	 * the counts kept by day. For several states, each state's counts are added up.
	 */
	public PilotFigures figures(LocalDate day, List<String> states) {
		Figures f = new Figures(pilotGroups());
		for (PilotCounts.Row row : counts.asOf(day, states)) {
			PilotFigures.Counts c = row.counts();
			if (c.equals(PilotFigures.Counts.ZERO)) {
				continue;
			}
			ParticipationSteps.Key key = row.key();
			boolean country = !key.scope().equals(ParticipationSteps.ALL);
			if (country && key.dim().equals("total")) {
				f.byState.merge(key.scope(), c, PilotReports::sum);
				if (row.region() != null) {
					f.byRegion.merge(row.region(), c, PilotReports::sum);
				}
			}
			if (country == (states != null)) {
				switch (key.dim()) {
					case "total" -> f.totals = sum(f.totals, c);
					case "sector" -> f.bySector.merge(key.k(), c, PilotReports::sum);
					case "group" -> f.byGroup.merge(key.k(), c, PilotReports::sum);
					default -> throw new IllegalStateException(key.dim());
				}
			}
		}
		return f.at(day);
	}

	/** Figures being summed up: both sectors and every pilot group present, even at zero. */
	static final class Figures {

		PilotFigures.Counts totals = PilotFigures.Counts.ZERO;
		final Map<String, PilotFigures.Counts> bySector = zeros(List.of("ITU-T", "ITU-D"));
		final Map<String, PilotFigures.Counts> byGroup;
		final Map<String, PilotFigures.Counts> byState = new TreeMap<>();
		final Map<String, PilotFigures.Counts> byRegion = new TreeMap<>();

		Figures(List<String> pilotGroups) {
			byGroup = zeros(pilotGroups);
		}

		PilotFigures at(LocalDate day) {
			PilotFigures.Totals t = new PilotFigures.Totals(totals.approved(), totals.inAdmission(), totals.interested(),
					totals.approved() + totals.inAdmission() + totals.interested());
			return new PilotFigures(day, t, bySector, byGroup, byState, byRegion);
		}
	}

	List<String> pilotGroups() {
		return groups.all(true).stream().map(StudyGroup::code).distinct().toList();
	}

	private static Map<String, PilotFigures.Counts> zeros(List<String> keys) {
		Map<String, PilotFigures.Counts> map = new LinkedHashMap<>();
		keys.forEach(k -> map.put(k, PilotFigures.Counts.ZERO));
		return map;
	}

	static PilotFigures.Counts sum(PilotFigures.Counts a, PilotFigures.Counts b) {
		return new PilotFigures.Counts(a.approved() + b.approved(), a.inAdmission() + b.inAdmission(),
				a.interested() + b.interested());
	}
}
