package org.sgbridge.bsg;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.sgbridge.platform.Act;
import org.sgbridge.platform.Problem;
import org.springframework.http.HttpStatus;

/**
 * A delegate's application for a fellowship to attend a meeting. A designated focal point of its
 * Member State endorses it or not, once; the secretariat then awards it (within the call's budget and
 * ITU's caps, {@link Ledger}) or declines it, once. Every change checks the state and raises its
 * {@link FellowshipEvent}, which the repository publishes when it saves the change.
 */
public class FellowshipApplication {

	public enum Status {
		SUBMITTED, ENDORSED, NOT_ENDORSED, AWARDED, DECLINED
	}

	/** What a fellowship covers: a full one the ticket and the daily subsistence allowance, a partial one either. */
	public enum Kind {
		FULL(2), PARTIAL(1);

		private final int units;

		Kind(int units) {
			this.units = units;
		}

		/** What it counts against the caps (API.md: a full fellowship 2 units, a partial one 1). */
		public int units() {
			return units;
		}
	}

	/** Why the applicant may have one: its organisation's Member State on the meeting's first day. */
	public enum Eligibility {
		LDC, DEVELOPING
	}

	/** The applicant's gender as it says it (optional): the secretariat weighs the balance of a call's awards. */
	public enum Gender {
		FEMALE, MALE, OTHER
	}

	/** ITU's caps, in units: one full or two partial fellowships per Member State per meeting, and per person per calendar year. */
	static final int CAP_UNITS = 2;

	private final String id;
	private final String callId;
	private final String meetingId;
	private final String accountId;
	private final String organizationId;
	private final String memberState;
	private final Eligibility eligibility;
	private final Kind requestedKind;
	private final String intendedContribution;
	private final Gender gender;
	private final Instant submittedAt;
	private Status status;
	private Instant endorsedAt;
	private String endorsedBy;
	private String endorsementReason;
	private Instant decidedAt;
	private String decidedBy;
	private Kind awardedKind;
	private BigDecimal amount;
	private String decisionReason;
	private final int version;
	private final List<FellowshipEvent> events = new ArrayList<>();

	FellowshipApplication(String id, String callId, String meetingId, String accountId, String organizationId,
			String memberState, Eligibility eligibility, Kind requestedKind, String intendedContribution, Gender gender,
			Instant submittedAt, Status status, Instant endorsedAt, String endorsedBy, String endorsementReason,
			Instant decidedAt, String decidedBy, Kind awardedKind, BigDecimal amount, String decisionReason, int version) {
		this.id = id;
		this.callId = callId;
		this.meetingId = meetingId;
		this.accountId = accountId;
		this.organizationId = organizationId;
		this.memberState = memberState;
		this.eligibility = eligibility;
		this.requestedKind = requestedKind;
		this.intendedContribution = intendedContribution;
		this.gender = gender;
		this.submittedAt = submittedAt;
		this.status = status;
		this.endorsedAt = endorsedAt;
		this.endorsedBy = endorsedBy;
		this.endorsementReason = endorsementReason;
		this.decidedAt = decidedAt;
		this.decidedBy = decidedBy;
		this.awardedKind = awardedKind;
		this.amount = amount;
		this.decisionReason = decisionReason;
		this.version = version;
	}

	/**
	 * A delegate applies, from its registration for the call's meeting, for the organisation of that
	 * registration (the act is the applicant's, as a member of it). Whether it may (the call open,
	 * the registration, the eligibility) is checked before: an application exists only when it may.
	 */
	static FellowshipApplication submit(FellowshipCall call, String organizationId, String memberState,
			Eligibility eligibility, Kind kind, String intendedContribution, Gender gender, Act act) {
		FellowshipApplication a = new FellowshipApplication(UUID.randomUUID().toString(), call.id(), call.meetingId(),
				act.actorId(), organizationId, memberState, eligibility, kind, intendedContribution, gender, act.at(),
				Status.SUBMITTED, null, null, null, null, null, null, null, null, 0);
		a.events.add(new FellowshipEvent.Submitted(a.facts(), kind.name(), eligibility.name(), act));
		return a;
	}

	/** A DFP of the state endorses it (in place of the signed and stamped form). */
	void endorse(Act act) {
		endorsement(Status.ENDORSED, act, null);
		events.add(new FellowshipEvent.Endorsed(facts(), act));
	}

	/** A DFP of the state declines to endorse it: the applicant reads the reason. */
	void refuseEndorsement(Act act, String why) {
		if (why == null || why.isBlank()) {
			throw Problem.refusal("reason-required", "problem.reason-required.fellowship");
		}
		endorsement(Status.NOT_ENDORSED, act, why.trim());
		events.add(new FellowshipEvent.NotEndorsed(facts(), endorsementReason, act));
	}

	private void endorsement(Status to, Act act, String why) {
		if (status != Status.SUBMITTED) {
			throw Problem.conflict("already-decided");
		}
		status = to;
		endorsedAt = act.at();
		endorsedBy = act.actorId();
		endorsementReason = why;
	}

	/**
	 * The secretariat awards a fellowship of that kind (which may differ from the one applied for:
	 * the awarded kind is what counts) and amount in CHF, on an endorsed application, if the call's
	 * budget holds it and no cap would be passed, as the ledger read under the call's lock says.
	 */
	void award(Act act, Kind kind, BigDecimal chf, Ledger ledger) {
		if (status == Status.AWARDED || status == Status.DECLINED) {
			throw Problem.conflict("already-decided");
		}
		if (status != Status.ENDORSED) {
			throw Problem.rule("not-endorsed");
		}
		if (chf.compareTo(ledger.remaining()) > 0) {
			throw Problem.conflict("budget-exhausted", ledger.remaining());
		}
		if (ledger.stateUnits() + kind.units() > CAP_UNITS) {
			throw new Problem(HttpStatus.CONFLICT, "fellowship-cap", "problem.fellowship-cap.state", memberState,
					ledger.stateUnits());
		}
		if (ledger.personUnits() + kind.units() > CAP_UNITS) {
			throw new Problem(HttpStatus.CONFLICT, "fellowship-cap", "problem.fellowship-cap.person", String.valueOf(ledger.year()),
					ledger.personUnits());
		}
		decide(Status.AWARDED, act, null);
		awardedKind = kind;
		amount = chf;
		events.add(new FellowshipEvent.Awarded(facts(), kind.name(), chf, act));
	}

	/** The secretariat declines it, with a reason, before or after the endorsement (not once the DFP declined). */
	void decline(Act act, String why) {
		if (why == null || why.isBlank()) {
			throw Problem.refusal("reason-required", "problem.reason-required.fellowship");
		}
		if (status != Status.SUBMITTED && status != Status.ENDORSED) {
			throw Problem.conflict("already-decided");
		}
		decide(Status.DECLINED, act, why.trim());
		events.add(new FellowshipEvent.Declined(facts(), decisionReason, act));
	}

	private void decide(Status to, Act act, String why) {
		status = to;
		decidedAt = act.at();
		decidedBy = act.actorId();
		decisionReason = why;
	}

	/**
	 * What an award is weighed against, read while the call (and the applicant's other applications)
	 * are locked: what remains of the call's budget, and the units already awarded to the Member State
	 * at this meeting and to the person in the calendar year of the meeting's first day.
	 */
	record Ledger(BigDecimal remaining, int stateUnits, int personUnits, int year) {
	}

	private FellowshipEvent.Facts facts() {
		return new FellowshipEvent.Facts(id, callId, meetingId, accountId, organizationId, memberState);
	}

	/** The events raised since the application was loaded, handed over once to be published. */
	List<FellowshipEvent> pullEvents() {
		List<FellowshipEvent> raised = List.copyOf(events);
		events.clear();
		return raised;
	}

	/** The kind that counts: the awarded one once awarded, else the one applied for. */
	public Kind kind() {
		return awardedKind != null ? awardedKind : requestedKind;
	}

	/** The effective time of the latest change, and who made it, for the history. */
	Instant changedAt() {
		return decidedAt != null ? decidedAt : endorsedAt != null ? endorsedAt : submittedAt;
	}

	String changedBy() {
		return decidedAt != null ? decidedBy : endorsedAt != null ? endorsedBy : accountId;
	}

	String changeReason() {
		return decidedAt != null ? decisionReason : endorsedAt != null ? endorsementReason : null;
	}

	public String id() {
		return id;
	}

	public String callId() {
		return callId;
	}

	public String meetingId() {
		return meetingId;
	}

	public String accountId() {
		return accountId;
	}

	public String organizationId() {
		return organizationId;
	}

	public String memberState() {
		return memberState;
	}

	public Eligibility eligibility() {
		return eligibility;
	}

	public Kind requestedKind() {
		return requestedKind;
	}

	public String intendedContribution() {
		return intendedContribution;
	}

	public Gender gender() {
		return gender;
	}

	public Instant submittedAt() {
		return submittedAt;
	}

	public Status status() {
		return status;
	}

	public Instant endorsedAt() {
		return endorsedAt;
	}

	public String endorsedBy() {
		return endorsedBy;
	}

	public String endorsementReason() {
		return endorsementReason;
	}

	public Instant decidedAt() {
		return decidedAt;
	}

	public String decidedBy() {
		return decidedBy;
	}

	public Kind awardedKind() {
		return awardedKind;
	}

	public BigDecimal amount() {
		return amount;
	}

	public String decisionReason() {
		return decisionReason;
	}

	int version() {
		return version;
	}
}
