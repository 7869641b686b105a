package org.sgbridge.bsg;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.sgbridge.account.AccountManagement;
import org.sgbridge.directory.FocalPoints;
import org.sgbridge.directory.MemberState;
import org.sgbridge.directory.MemberStates;
import org.sgbridge.directory.Organization;
import org.sgbridge.directory.OrganizationDirectory;
import org.sgbridge.document.MeetingContributors;
import org.sgbridge.meeting.Meeting;
import org.sgbridge.meeting.Meetings;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Dates;
import org.sgbridge.platform.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the fellowship pages show: the calls with their ledger, the budget by year, the secretariat's
 * award screen (each application with what weighs on it), the DFP's applications to endorse. Reads
 * only, a few queries per page whatever the number of applications; who may read what is
 * {@link FellowshipAccess}'s to say.
 */
@Service
@Transactional(readOnly = true)
public class FellowshipBoard {

	private final FellowshipCalls calls;
	private final FellowshipApplications applications;
	private final FellowshipObligations obligations;
	private final Meetings meetings;
	private final MemberStates states;
	private final OrganizationDirectory organizations;
	private final AccountManagement accounts;
	private final MeetingContributors contributors;
	private final FocalPoints focalPoints;
	private final Clock clock;

	FellowshipBoard(FellowshipCalls calls, FellowshipApplications applications, FellowshipObligations obligations,
			Meetings meetings, MemberStates states, OrganizationDirectory organizations, AccountManagement accounts,
			MeetingContributors contributors, FocalPoints focalPoints, Clock clock) {
		this.calls = calls;
		this.applications = applications;
		this.obligations = obligations;
		this.meetings = meetings;
		this.states = states;
		this.organizations = organizations;
		this.accounts = accounts;
		this.contributors = contributors;
		this.focalPoints = focalPoints;
		this.clock = clock;
	}

	/**
	 * A call as the list shows it: its meeting; how many applications, waiting for the DFPs and for the
	 * secretariat, awarded; the budget committed by the awards, spent once the meeting has ended.
	 */
	public record CallRow(FellowshipCall call, Meeting meeting, long applications, long toEndorse, long toDecide,
			long awarded, BigDecimal committed, boolean open, boolean meetingEnded) {

		public BigDecimal spent() {
			return meetingEnded ? committed : BigDecimal.ZERO;
		}

		public BigDecimal remaining() {
			return call.budget().subtract(committed);
		}
	}

	/** The budget of the calls whose meeting opens in a year: committed by awards, spent after the meeting, remaining. */
	public record YearLedger(int year, long calls, BigDecimal budget, BigDecimal committed, BigDecimal spent) {

		public BigDecimal remaining() {
			return budget.subtract(committed);
		}
	}

	/** Every call, with its ledger; the open ones first, then by closing day, the latest first. */
	public List<CallRow> calls() {
		LocalDate today = Dates.today(clock);
		List<FellowshipCall> all = calls.all();
		Map<String, Meeting> byId = meetings.findAll(all.stream().map(FellowshipCall::meetingId).toList());
		Map<String, FellowshipApplications.Totals> totals = applications.totalsByCall();
		List<CallRow> rows = new ArrayList<>();
		for (FellowshipCall call : all) {
			Meeting meeting = byId.get(call.meetingId());
			if (meeting == null) {
				continue;
			}
			FellowshipApplications.Totals t = totals.getOrDefault(call.id(), FellowshipApplications.Totals.NONE);
			rows.add(new CallRow(call, meeting, t.applications(), t.toEndorse(), t.toDecide(), t.awarded(), t.committed(),
					!call.closedOn(today), meeting.endDate().isBefore(today)));
		}
		rows.sort(java.util.Comparator.comparing((CallRow r) -> !r.open()));
		return rows;
	}

	/** The budget year by year (the year of each meeting's first day), the latest first: the secretariat's. */
	public List<YearLedger> ledger(Actor actor) {
		if (!FellowshipAccess.mayOpenCall(actor)) {
			throw Problem.forbidden("secretariat");
		}
		Map<Integer, YearLedger> years = new TreeMap<>(java.util.Comparator.reverseOrder());
		for (CallRow row : calls()) {
			int year = row.meeting().startDate().getYear();
			years.merge(year, new YearLedger(year, 1, row.call().budget(), row.committed(), row.spent()),
					(a, b) -> new YearLedger(year, a.calls() + b.calls(), a.budget().add(b.budget()),
							a.committed().add(b.committed()), a.spent().add(b.spent())));
		}
		return List.copyOf(years.values());
	}

	/**
	 * The holders who did not meet an obligation (a contribution to the meeting, a check-in on every
	 * day of it), of the calls whose meeting has ended, the latest meeting first: the secretariat's.
	 */
	public List<Candidate> unmet(Actor actor) {
		if (!FellowshipAccess.mayDecideAward(actor)) {
			throw Problem.forbidden("secretariat");
		}
		LocalDate today = Dates.today(clock);
		List<CallRow> ended = calls().stream().filter(CallRow::meetingEnded).filter(r -> r.awarded() > 0)
			.sorted(java.util.Comparator.comparing((CallRow r) -> r.meeting().startDate()).reversed())
			.toList();
		List<FellowshipApplication> awarded = applications.awardedAt(ended.stream().map(r -> r.meeting().id()).toList());
		Map<String, List<FellowshipApplication>> byMeeting = awarded.stream()
			.collect(java.util.stream.Collectors.groupingBy(FellowshipApplication::meetingId));
		List<Candidate> result = new ArrayList<>();
		for (CallRow row : ended) {
			List<FellowshipApplication> some = byMeeting.getOrDefault(row.meeting().id(), List.of());
			candidates(some, row.meeting()).stream()
				.filter(c -> "NOT_MET".equals(c.contributionDuty()) || "NOT_MET".equals(c.attendanceDuty()))
				.forEach(result::add);
		}
		return result;
	}

	/** The call of a meeting, if the secretariat opened one. */
	public Optional<FellowshipCall> callOfMeeting(String meetingId) {
		return calls.ofMeeting(meetingId);
	}

	/**
	 * An application as the secretariat weighs it: the applicant and its organisation; its Member
	 * State (with its region); the units already awarded to that state at this meeting and to the
	 * person in the meeting's year (each capped at 2), other applications aside; the person's
	 * contributions and past fellowships; its obligations once awarded.
	 */
	public record Candidate(FellowshipApplication application, String name, String organization, MemberState state,
			int stateUnits, int personUnits, long contributions, long pastFellowships, String contributionDuty,
			String attendanceDuty) {

		public int cap() {
			return FellowshipApplication.CAP_UNITS;
		}
	}

	/** A call's award screen: its applications, and the balance of its awards so far by region and by gender. */
	public record AwardScreen(FellowshipManagement.CallView call, Meeting meeting, List<Candidate> candidates,
			Map<MemberState.Region, Long> awardsByRegion, Map<String, Long> awardsByGender, long awards) {
	}

	public AwardScreen awardScreen(Actor actor, String callId) {
		if (!FellowshipAccess.mayDecideAward(actor)) {
			throw Problem.forbidden("secretariat");
		}
		FellowshipCall call = calls.find(callId).orElseThrow(Problem::notFound);
		Meeting meeting = meetings.find(call.meetingId()).orElseThrow();
		List<FellowshipApplication> all = applications.ofCall(call.id());
		List<Candidate> candidates = candidates(all, meeting);
		Map<MemberState.Region, Long> byRegion = new EnumMap<>(MemberState.Region.class);
		for (MemberState.Region region : MemberState.Region.values()) {
			byRegion.put(region, 0L);
		}
		Map<String, Long> byGender = new LinkedHashMap<>();
		for (FellowshipApplication.Gender g : FellowshipApplication.Gender.values()) {
			byGender.put(g.name(), 0L);
		}
		byGender.put("UNSTATED", 0L);
		long awards = 0;
		BigDecimal committed = BigDecimal.ZERO;
		for (Candidate c : candidates) {
			FellowshipApplication a = c.application();
			if (a.status() == FellowshipApplication.Status.AWARDED) {
				awards++;
				committed = committed.add(a.amount());
				if (c.state() != null) {
					byRegion.merge(c.state().region(), 1L, Long::sum);
				}
				byGender.merge(a.gender() == null ? "UNSTATED" : a.gender().name(), 1L, Long::sum);
			}
		}
		return new AwardScreen(new FellowshipManagement.CallView(call, committed), meeting, candidates, byRegion, byGender,
				awards);
	}

	/** One application as the award screen weighs it (the secretariat's confirmation of a decision). */
	public Candidate candidate(Actor actor, String applicationId) {
		if (!FellowshipAccess.mayDecideAward(actor)) {
			throw Problem.forbidden("secretariat");
		}
		FellowshipApplication a = applications.find(applicationId).orElseThrow(Problem::notFound);
		return candidates(List.of(a), meetings.find(a.meetingId()).orElseThrow()).get(0);
	}

	/** The applications of the DFP's states that wait for its endorsement, oldest first. */
	public List<Candidate> toEndorse(Actor actor) {
		List<String> dfpStates = focalPoints.statesOf(actor.accountId());
		List<FellowshipApplication> waiting = applications.awaitingEndorsement(dfpStates);
		Map<String, Meeting> byId = meetings.findAll(waiting.stream().map(FellowshipApplication::meetingId).toList());
		List<Candidate> result = new ArrayList<>();
		waiting.stream()
			.collect(java.util.stream.Collectors.groupingBy(FellowshipApplication::meetingId, LinkedHashMap::new,
					java.util.stream.Collectors.toList()))
			.forEach((meetingId, some) -> {
				Meeting meeting = byId.get(meetingId);
				if (meeting != null) {
					result.addAll(candidates(some, meeting));
				}
			});
		return result;
	}

	/** The meetings of these applications, by id. */
	public Map<String, Meeting> meetingsOf(List<Candidate> candidates) {
		return meetings.findAll(candidates.stream().map(c -> c.application().meetingId()).toList());
	}

	private List<Candidate> candidates(List<FellowshipApplication> some, Meeting meeting) {
		if (some.isEmpty()) {
			return List.of();
		}
		List<String> people = some.stream().map(FellowshipApplication::accountId).distinct().toList();
		Map<String, String> names = accounts.names(people);
		Map<String, Organization> orgs = organizations.findAll(some.stream().map(FellowshipApplication::organizationId).toList());
		Map<String, Long> contributed = contributors.countsBy(people);
		Map<String, FellowshipObligations.Obligations> duties = obligations.of(some);
		// Their awards in every call: this meeting's by state, the year's by person, the earlier ones.
		List<FellowshipApplication> awarded = applications.awardedToAny(people);
		Map<String, Meeting> awardMeetings = meetings.findAll(awarded.stream().map(FellowshipApplication::meetingId).toList());
		int year = meeting.startDate().getYear();
		Map<String, MemberState> stateByCode = new HashMap<>();
		states.all(meeting.startDate()).forEach(st -> stateByCode.put(st.code(), st));
		Map<String, Integer> stateUnits = new HashMap<>();
		for (FellowshipApplication a : applications.ofMeetingAwarded(meeting.id())) {
			stateUnits.merge(a.memberState(), a.awardedKind().units(), Integer::sum);
		}
		List<Candidate> result = new ArrayList<>();
		for (FellowshipApplication a : some) {
			int personUnits = 0;
			long past = 0;
			for (FellowshipApplication other : awarded) {
				if (!other.accountId().equals(a.accountId()) || other.id().equals(a.id())) {
					continue;
				}
				Meeting m = awardMeetings.get(other.meetingId());
				if (m != null && m.startDate().getYear() == year) {
					personUnits += other.awardedKind().units();
				}
				if (m != null && m.startDate().isBefore(meeting.startDate())) {
					past++;
				}
			}
			int ofState = stateUnits.getOrDefault(a.memberState(), 0)
					- (a.status() == FellowshipApplication.Status.AWARDED ? a.awardedKind().units() : 0);
			Organization org = orgs.get(a.organizationId());
			MemberState state = stateByCode.get(a.memberState());
			FellowshipObligations.Obligations d = duties.get(a.id());
			result.add(new Candidate(a, names.getOrDefault(a.accountId(), ""), org == null ? "" : org.name(), state, ofState,
					personUnits, contributed.getOrDefault(a.accountId(), 0L), past,
					d == null ? null : d.contribution().name(), d == null ? null : d.attendance().name()));
		}
		return result;
	}
}
