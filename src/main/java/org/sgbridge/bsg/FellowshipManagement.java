package org.sgbridge.bsg;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.sgbridge.directory.FocalPoints;
import org.sgbridge.directory.MemberState;
import org.sgbridge.directory.MemberStates;
import org.sgbridge.directory.Organization;
import org.sgbridge.directory.OrganizationDirectory;
import org.sgbridge.meeting.Meeting;
import org.sgbridge.meeting.MeetingAttendance;
import org.sgbridge.meeting.Meetings;
import org.sgbridge.meeting.Registration;
import org.sgbridge.platform.Act;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Dates;
import org.sgbridge.platform.Problem;
import org.sgbridge.platform.web.Fields;
import org.sgbridge.platform.web.ListResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fellowships: the secretariat opens a call per meeting; a registered delegate applies; a DFP of its
 * Member State endorses; the secretariat awards within the budget and the caps, or declines. Who may
 * do what is {@link FellowshipAccess}'s to say; the rules of each step are the application's.
 */
@NamedInterface("api")
@Service
@Transactional
public class FellowshipManagement {

	static final int TEXT_LIMIT = 2000;
	private static final BigDecimal LARGEST = new BigDecimal("999999999999.99");

	private final FellowshipCalls calls;
	private final FellowshipApplications applications;
	private final FellowshipObligations obligations;
	private final Meetings meetings;
	private final MeetingAttendance attendance;
	private final OrganizationDirectory organizations;
	private final MemberStates states;
	private final FocalPoints focalPoints;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	FellowshipManagement(FellowshipCalls calls, FellowshipApplications applications, FellowshipObligations obligations,
			Meetings meetings, MeetingAttendance attendance, OrganizationDirectory organizations, MemberStates states,
			FocalPoints focalPoints, ApplicationEventPublisher events, Clock clock) {
		this.calls = calls;
		this.applications = applications;
		this.obligations = obligations;
		this.meetings = meetings;
		this.attendance = attendance;
		this.organizations = organizations;
		this.states = states;
		this.focalPoints = focalPoints;
		this.events = events;
		this.clock = clock;
	}

	/** A call as it is read: with what its awards have committed of the budget. */
	public record CallView(FellowshipCall call, BigDecimal committed) {

		public BigDecimal remaining() {
			return call.budget().subtract(committed);
		}
	}

	/** An application with its holder's obligations ({@code null} unless awarded). */
	public record ApplicationView(FellowshipApplication application, String contribution, String attendance) {
	}

	/** A call as entered: the budget's amount and currency, the closing day as text (YYYY-MM-DD). */
	public record NewCall(String meetingId, BigDecimal budget, String currency, String closes) {
	}

	/** The secretariat's decision on an application: {@code AWARD} with a kind and an amount, or {@code DECLINE} with a reason. */
	public record AwardDecision(String decision, String kind, BigDecimal amount, String currency, String reason) {
	}

	public CallView openCall(Actor actor, NewCall form) {
		if (!FellowshipAccess.mayOpenCall(actor)) {
			throw Problem.forbidden("secretariat");
		}
		List<Problem.FieldProblem> problems = new ArrayList<>();
		Meeting meeting = null;
		if (form.meetingId() == null || form.meetingId().isBlank()) {
			problems.add(new Problem.FieldProblem("meetingId", "validation.NotBlank"));
		}
		else {
			meeting = meetings.find(form.meetingId().trim()).orElse(null);
			if (meeting == null) {
				problems.add(new Problem.FieldProblem("meetingId", "validation.meetingId"));
			}
		}
		money(form.budget(), form.currency(), "budget", problems);
		LocalDate closes = null;
		if (form.closes() == null || form.closes().isBlank()) {
			problems.add(new Problem.FieldProblem("closes", "validation.NotNull"));
		}
		else {
			closes = Fields.date(form.closes(), "closes", problems);
		}
		if (closes != null && meeting != null && !closes.isBefore(meeting.startDate())) {
			problems.add(new Problem.FieldProblem("closes", "validation.callClosesAfterStart", meeting.startDate()));
		}
		if (!problems.isEmpty()) {
			throw Problem.invalidInput(problems);
		}
		Act act = Act.ofStaff(actor, clock);
		FellowshipCall call = new FellowshipCall(UUID.randomUUID().toString(), meeting.id(), form.budget(),
				FellowshipCall.CURRENCY, closes, act.at(), actor.accountId());
		calls.insert(call);
		events.publishEvent(new FellowshipCallOpened(call.id(), call.meetingId(), call.budget(), call.closes(), act));
		return new CallView(call, BigDecimal.ZERO);
	}

	/** A call, for anyone signed in. */
	@Transactional(readOnly = true)
	public CallView call(String id) {
		FellowshipCall call = calls.find(id).orElseThrow(Problem::notFound);
		return new CallView(call, applications.committed(call.id()));
	}

	/**
	 * A delegate applies for itself, from its registration for the call's meeting (neither cancelled
	 * nor rejected) and for that registration's organisation, whose Member State must be least
	 * developed or developing on the meeting's first day.
	 */
	public ApplicationView apply(Actor actor, String callId, String organizationId, String kind, String intendedContribution,
			String gender) {
		FellowshipCall call = calls.find(callId).orElseThrow(Problem::notFound);
		List<Problem.FieldProblem> problems = new ArrayList<>();
		if (organizationId == null || organizationId.isBlank()) {
			problems.add(new Problem.FieldProblem("organizationId", "validation.NotBlank"));
		}
		FellowshipApplication.Kind chosen = kind(kind, problems);
		FellowshipApplication.Gender said = gender(gender, problems);
		String intended = intendedContribution == null || intendedContribution.isBlank() ? null : intendedContribution.strip();
		if (intended != null && intended.length() > TEXT_LIMIT) {
			problems.add(new Problem.FieldProblem("intendedContribution", "validation.maxLength", TEXT_LIMIT));
		}
		if (!problems.isEmpty()) {
			throw Problem.invalidInput(problems);
		}
		Organization organization = organizations.find(organizationId.trim())
			.orElseThrow(() -> Problem.invalidField("organizationId", "validation.organization"));
		if (!organizations.isMember(actor.accountId(), organization.id())) {
			throw Problem.forbidden("apply-member", organization.name());
		}
		Meeting meeting = meetings.find(call.meetingId()).orElseThrow();
		if (call.closedOn(Dates.today(clock))) {
			throw Problem.rule("call-closed", call.closes());
		}
		Registration registration = attendance.activeRegistration(actor.accountId(), meeting.id()).orElse(null);
		if (registration == null || !organization.id().equals(registration.organizationId())) {
			throw Problem.rule("not-registered");
		}
		MemberState state = states.findAsOf(organization.country(), meeting.startDate()).orElse(null);
		FellowshipApplication.Eligibility eligibility = state == null ? null
				: FellowshipEligibility.of(state).orElse(null);
		if (eligibility == null) {
			Locale locale = LocaleContextHolder.getLocale();
			throw Problem.rule("not-eligible", state == null ? organization.country() : state.name(locale),
					meeting.startDate());
		}
		if (applications.exists(call.id(), actor.accountId())) {
			throw Problem.conflict("already-applied");
		}
		FellowshipApplication application = FellowshipApplication.submit(call, organization.id(), state.code(), eligibility,
				chosen, intended, said, Act.of(actor, Act.member(organization.id()), clock));
		applications.insert(application);
		return view(application);
	}

	/**
	 * Where the actor stands towards a call, for the page that offers to apply: its registration for
	 * the meeting and that registration's organisation, the organisation's Member State as it stood on
	 * the meeting's first day and what that makes it eligible for, its application if it has one, and
	 * whether the call has closed. The rules are those of {@link #apply}, which checks them again.
	 */
	public record Standing(FellowshipCall call, Meeting meeting, Registration registration, Organization organization,
			MemberState state, FellowshipApplication.Eligibility eligibility, FellowshipApplication application,
			boolean closed) {

		public boolean mayApply() {
			return application == null && !closed && registration != null && eligibility != null;
		}
	}

	@Transactional(readOnly = true)
	public Standing standing(Actor actor, String callId) {
		FellowshipCall call = calls.find(callId).orElseThrow(Problem::notFound);
		Meeting meeting = meetings.find(call.meetingId()).orElseThrow();
		Registration registration = attendance.activeRegistration(actor.accountId(), meeting.id()).orElse(null);
		Organization organization = registration == null ? null
				: organizations.find(registration.organizationId()).orElse(null);
		MemberState state = organization == null ? null
				: states.findAsOf(organization.country(), meeting.startDate()).orElse(null);
		FellowshipApplication.Eligibility eligibility = state == null ? null : FellowshipEligibility.of(state).orElse(null);
		FellowshipApplication mine = applications.ofApplicant(call.id(), actor.accountId()).orElse(null);
		return new Standing(call, meeting, registration, organization, state, eligibility, mine,
				call.closedOn(Dates.today(clock)));
	}

	/** A DFP of the application's Member State endorses it, or declines to with a reason. */
	public ApplicationView endorse(Actor actor, String applicationId, String decision, String reason) {
		FellowshipApplication application = applications.find(applicationId).orElseThrow(Problem::notFound);
		if (!FellowshipAccess.mayEndorse(actor, application, focalPoints.ofState(application.memberState()))) {
			throw Problem.forbidden("endorse-fellowship", stateName(application.memberState()));
		}
		Act act = Act.of(actor, Act.dfp(application.memberState()), clock);
		String choice = decision == null ? "" : decision.trim().toUpperCase(Locale.ROOT);
		switch (choice) {
			case "APPROVE" -> application.endorse(act);
			case "REJECT" -> application.refuseEndorsement(act, reason);
			default -> throw Problem.invalidField("decision", "validation.decision");
		}
		applications.save(application);
		return view(application);
	}

	/**
	 * The secretariat awards (a kind and an amount in CHF) or declines (a reason). An award is weighed
	 * while the call's row and the applicant's applications are locked, so that concurrent awards never
	 * commit more than the budget nor pass a cap.
	 */
	public ApplicationView decide(Actor actor, String applicationId, AwardDecision form) {
		if (!FellowshipAccess.mayDecideAward(actor)) {
			throw Problem.forbidden("secretariat");
		}
		FellowshipApplication found = applications.find(applicationId).orElseThrow(Problem::notFound);
		String choice = form.decision() == null ? "" : form.decision().trim().toUpperCase(Locale.ROOT);
		Act act = Act.ofStaff(actor, clock);
		if (choice.equals("DECLINE")) {
			found.decline(act, form.reason());
			applications.save(found);
			return view(found);
		}
		if (!choice.equals("AWARD")) {
			throw Problem.invalidField("decision", "validation.award");
		}
		List<Problem.FieldProblem> problems = new ArrayList<>();
		FellowshipApplication.Kind kind = kind(form.kind(), problems);
		money(form.amount(), form.currency(), "amount", problems);
		if (!problems.isEmpty()) {
			throw Problem.invalidInput(problems);
		}
		// The call first, then the applicant's applications in the order of their ids: every award takes
		// its locks in this order, so none waits for another in a circle.
		FellowshipCall call = calls.lock(found.callId()).orElseThrow();
		List<FellowshipApplication> hisOrHers = applications.lockAllOf(found.accountId());
		FellowshipApplication application = hisOrHers.stream().filter(a -> a.id().equals(found.id())).findFirst()
			.orElseThrow();
		Meeting meeting = meetings.find(call.meetingId()).orElseThrow();
		int year = meeting.startDate().getYear();
		application.award(act, kind, form.amount(), new FellowshipApplication.Ledger(
				call.budget().subtract(applications.committed(call.id())),
				applications.unitsOfState(meeting.id(), application.memberState()),
				personUnits(application, year), year));
		applications.save(application);
		return view(application);
	}

	/** The units already awarded to the applicant in the calendar year of the meeting's first day, this application aside. */
	private int personUnits(FellowshipApplication application, int year) {
		List<FellowshipApplication> awarded = applications.awardedTo(application.accountId()).stream()
			.filter(a -> !a.id().equals(application.id()))
			.toList();
		Map<String, Meeting> their = meetings.findAll(awarded.stream().map(FellowshipApplication::meetingId).toList());
		return awarded.stream()
			.filter(a -> their.containsKey(a.meetingId()) && their.get(a.meetingId()).startDate().getYear() == year)
			.mapToInt(a -> a.awardedKind().units())
			.sum();
	}

	/** One application, for those who may read it: 403 to a DFP of another state, 404 to anyone else. */
	@Transactional(readOnly = true)
	public ApplicationView find(Actor actor, String applicationId) {
		FellowshipApplication application = applications.find(applicationId).orElseThrow(Problem::notFound);
		List<String> dfpStates = focalPoints.statesOf(actor.accountId());
		if (!FellowshipAccess.mayRead(actor, application, dfpStates)) {
			throw dfpStates.isEmpty() ? Problem.notFound() : Problem.forbidden("see-fellowship");
		}
		return view(application);
	}

	/**
	 * The applications the actor may see (all for the secretariat; its states' for a DFP; its own for
	 * an applicant), of one call or of all, oldest first, a page at a time.
	 */
	@Transactional(readOnly = true)
	public ListResponse<ApplicationView> list(Actor actor, String callId, ListResponse.Paging paging) {
		FellowshipAccess.Scope scope = FellowshipAccess.scope(actor, focalPoints.statesOf(actor.accountId()));
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		Map<String, Object> params = new LinkedHashMap<>();
		if (callId != null && !callId.isBlank()) {
			calls.find(callId.trim()).orElseThrow(Problem::notFound);
			where.append(" AND a.call_id = :call");
			params.put("call", callId.trim());
		}
		if (!scope.all()) {
			where.append(" AND (a.account_id = :me");
			params.put("me", scope.accountId());
			if (!scope.states().isEmpty()) {
				where.append(" OR a.member_state IN (:states)");
				params.put("states", scope.states());
			}
			where.append(")");
		}
		long total = applications.count(where.toString(), params);
		List<FellowshipApplication> page = applications.list(where.toString(), params, paging.size(), paging.offset());
		Map<String, FellowshipObligations.Obligations> duties = obligations.of(page);
		List<ApplicationView> items = page.stream().map(a -> view(a, duties.get(a.id()))).toList();
		return new ListResponse<>(items, paging.page(), paging.size(), total);
	}

	private ApplicationView view(FellowshipApplication application) {
		return view(application, obligations.of(List.of(application)).get(application.id()));
	}

	private static ApplicationView view(FellowshipApplication application, FellowshipObligations.Obligations duties) {
		return new ApplicationView(application, duties == null ? null : duties.contribution().name(),
				duties == null ? null : duties.attendance().name());
	}

	private static FellowshipApplication.Kind kind(String value, List<Problem.FieldProblem> problems) {
		try {
			if (value != null && !value.isBlank()) {
				return FellowshipApplication.Kind.valueOf(value.trim().toUpperCase(Locale.ROOT));
			}
		}
		catch (IllegalArgumentException e) {
			// told below
		}
		problems.add(new Problem.FieldProblem("kind", "validation.fellowshipKind"));
		return null;
	}

	private static FellowshipApplication.Gender gender(String value, List<Problem.FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return FellowshipApplication.Gender.valueOf(value.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			problems.add(new Problem.FieldProblem("gender", "validation.gender"));
			return null;
		}
	}

	/** An amount of money as the API takes it for fellowships: given, in CHF, above 0, at most two decimals. */
	private static void money(BigDecimal amount, String currency, String field, List<Problem.FieldProblem> problems) {
		if (amount == null) {
			problems.add(new Problem.FieldProblem(field + ".amount", "validation.NotNull"));
		}
		else if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2 || amount.compareTo(LARGEST) > 0) {
			problems.add(new Problem.FieldProblem(field + ".amount", "validation.amount"));
		}
		if (currency == null || !currency.trim().equalsIgnoreCase(FellowshipCall.CURRENCY)) {
			problems.add(new Problem.FieldProblem(field + ".currency", "validation.currency.chf"));
		}
	}

	private String stateName(String code) {
		return states.find(code, Dates.today(clock)).map(s -> s.name(LocaleContextHolder.getLocale())).orElse(code);
	}
}
