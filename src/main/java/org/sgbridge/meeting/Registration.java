package org.sgbridge.meeting;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.sgbridge.platform.Act;
import org.sgbridge.platform.Problem;
import org.springframework.modulith.NamedInterface;

/**
 * A person's registration for a meeting, for one of its organisations. It is validated or
 * rejected once by the responsible focal point; the participant or the focal point may cancel it.
 * Every change checks the state, records who made it and raises its {@link RegistrationEvent},
 * which the repository publishes when it saves the change.
 */
@NamedInterface("api")
public class Registration {

	/**
	 * {@code PENDING_PAYMENT}: a pay-as-you-go registration whose invoice is not paid yet (it holds
	 * its seat); once paid it waits for validation like any other.
	 */
	public enum Status {
		PENDING_PAYMENT, PENDING_VALIDATION, VALIDATED, REJECTED, CANCELLED
	}

	/** The reason of a pay-as-you-go registration cancelled because registration closed before it was paid. */
	public static final String UNPAID = "unpaid";

	public enum Mode {
		IN_PERSON, REMOTE
	}

	private final String id;
	private final String meetingId;
	private final String accountId;
	private final String organizationId;
	private Mode mode;
	private final boolean visaSupport;
	private Status status;
	private final String verificationCode;
	private final Instant createdAt;
	private Instant decidedAt;
	private String decidedBy;
	private String reason;
	private Instant checkedInAt;
	private String invoiceId;
	private final int version;
	private final List<RegistrationEvent> events = new ArrayList<>();

	private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
	private static final SecureRandom RANDOM = new SecureRandom();

	/**
	 * What a registration's events tell beyond the registration itself: its meeting, its
	 * organisation, and the focal points who validate it (none: the secretariat does) and the role
	 * under which they act ({@code DFP:<state>} or {@code FOCAL_POINT:<organizationId>}).
	 */
	record Context(String meetingTitle, LocalDate meetingStart, String meetingRemoteDetails, String organizationName,
			String country, List<String> focalPoints, String focalPointRole) {

		Context {
			focalPoints = List.copyOf(focalPoints);
		}
	}

	Registration(String id, String meetingId, String accountId, String organizationId, Mode mode, boolean visaSupport,
			Status status, String verificationCode, Instant createdAt, Instant decidedAt, String decidedBy, String reason,
			Instant checkedInAt, int version) {
		this(id, meetingId, accountId, organizationId, mode, visaSupport, status, verificationCode, createdAt, decidedAt,
				decidedBy, reason, checkedInAt, null, version);
	}

	Registration(String id, String meetingId, String accountId, String organizationId, Mode mode, boolean visaSupport,
			Status status, String verificationCode, Instant createdAt, Instant decidedAt, String decidedBy, String reason,
			Instant checkedInAt, String invoiceId, int version) {
		this.invoiceId = invoiceId;
		this.id = id;
		this.meetingId = meetingId;
		this.accountId = accountId;
		this.organizationId = organizationId;
		this.mode = mode;
		this.visaSupport = visaSupport;
		this.status = status;
		this.verificationCode = verificationCode;
		this.createdAt = createdAt;
		this.decidedAt = decidedAt;
		this.decidedBy = decidedBy;
		this.reason = reason;
		this.checkedInAt = checkedInAt;
		this.version = version;
	}

	/**
	 * A person registers for a meeting, for one of its organisations (the act is the participant's,
	 * as a member of it). Where the person is itself a focal point who would validate it, it is
	 * validated at once, under that role. {@code firstToday}: no other registration of the
	 * organisation arrived in the last day and waits, so the focal points are told now.
	 * {@code validators}: who may validate it (its focal points, or the secretariat where there is none).
	 */
	static Registration register(String meetingId, String accountId, String organizationId, Mode mode, boolean visa,
			Context context, List<String> validators, boolean firstToday, Act act) {
		boolean selfValidated = context.focalPoints().contains(accountId);
		Registration r = new Registration(UUID.randomUUID().toString(), meetingId, accountId, organizationId, mode, visa,
				Status.PENDING_VALIDATION, newCode(), act.at(), null, null, null, null, 0);
		if (!selfValidated) {
			r.events.add(new RegistrationEvent.Registered(r.facts(context), firstToday, validators, act));
			return r;
		}
		r.decide(Status.VALIDATED, act, null);
		r.events.add(new RegistrationEvent.Registered(r.facts(context), false, validators, act));
		Act asFocalPoint = new Act(act.at(), act.actorId(), act.actorName(), context.focalPointRole(), act.clientAddress());
		r.events.add(new RegistrationEvent.Validated(r.facts(context), asFocalPoint));
		return r;
	}

	/**
	 * A person registers for a training or forum (anyone signed in, for one of its organisations or
	 * none): the registration is validated at once, no focal point involved; nobody else is told.
	 */
	static Registration registerOpen(String meetingId, String accountId, String organizationId, Mode mode, Context context,
			Act act) {
		Registration r = new Registration(UUID.randomUUID().toString(), meetingId, accountId, organizationId, mode, false,
				Status.PENDING_VALIDATION, newCode(), act.at(), null, null, null, null, 0);
		r.decide(Status.VALIDATED, act, null);
		r.events.add(new RegistrationEvent.Registered(r.facts(context), false, List.of(), act));
		r.events.add(new RegistrationEvent.Validated(r.facts(context), act));
		return r;
	}

	/**
	 * A company that is not a member (or an SME outside the pilot) registers for a meeting that has a
	 * fee: the registration waits for its payment ({@link Status#PENDING_PAYMENT}), holding its seat;
	 * the focal points are told once it is paid.
	 */
	static Registration registerPayAsYouGo(String meetingId, String accountId, String organizationId, Mode mode,
			boolean visa, Context context, List<String> validators, Act act) {
		Registration r = new Registration(UUID.randomUUID().toString(), meetingId, accountId, organizationId, mode, visa,
				Status.PENDING_PAYMENT, newCode(), act.at(), null, null, null, null, 0);
		r.events.add(new RegistrationEvent.Registered(r.facts(context), false, validators, act));
		return r;
	}

	/** The invoice that a pay-as-you-go registration is to pay, given before it is saved. */
	void invoicedBy(String invoice) {
		this.invoiceId = invoice;
	}

	/**
	 * Its invoice is paid: the registration goes on to validation, its focal points told now (or in
	 * the daily digest when {@code notifyFocalPoints} is false).
	 */
	void paymentReceived(Act act, Context context, boolean notifyFocalPoints, List<String> validators) {
		if (status != Status.PENDING_PAYMENT) {
			throw Problem.conflict("already-decided");
		}
		status = Status.PENDING_VALIDATION;
		events.add(new RegistrationEvent.PaymentReceived(facts(context), notifyFocalPoints, validators, act));
	}

	/** Registration closed before the invoice was paid: cancelled, with the reason {@link #UNPAID}. */
	void cancelUnpaid(Act act, Context context) {
		if (status != Status.PENDING_PAYMENT) {
			throw Problem.conflict("already-decided");
		}
		status = Status.CANCELLED;
		decidedBy = act.actorId();
		decidedAt = act.at();
		reason = UNPAID;
		events.add(new RegistrationEvent.Cancelled(facts(context), act));
	}

	void validate(Act act, Context context) {
		decide(Status.VALIDATED, act, null);
		events.add(new RegistrationEvent.Validated(facts(context), act));
	}

	void reject(Act act, Context context, String why) {
		if (why == null || why.isBlank()) {
			throw Problem.rule("reason-required");
		}
		decide(Status.REJECTED, act, why.trim());
		events.add(new RegistrationEvent.Rejected(facts(context), act));
	}

	private void decide(Status to, Act act, String why) {
		if (status == Status.PENDING_PAYMENT) {
			throw Problem.rule("payment-pending");
		}
		if (status != Status.PENDING_VALIDATION) {
			throw Problem.conflict("already-decided");
		}
		status = to;
		decidedBy = act.actorId();
		decidedAt = act.at();
		reason = why;
	}

	void cancel(Act act, Context context) {
		if (status == Status.CANCELLED || status == Status.REJECTED) {
			throw Problem.conflict("already-decided");
		}
		status = Status.CANCELLED;
		decidedBy = act.actorId();
		decidedAt = act.at();
		events.add(new RegistrationEvent.Cancelled(facts(context), act));
	}

	void changeMode(Mode to, Act act, Context context) {
		if (status == Status.CANCELLED || status == Status.REJECTED) {
			throw Problem.conflict("already-decided");
		}
		mode = to;
		events.add(new RegistrationEvent.ModeChanged(facts(context), act));
	}

	/** The registration as it is now, for an event; the connection details once validated and remote. */
	private RegistrationEvent.Facts facts(Context c) {
		String details = mode == Mode.REMOTE && status == Status.VALIDATED ? c.meetingRemoteDetails() : null;
		return new RegistrationEvent.Facts(id, meetingId, c.meetingTitle(), c.meetingStart(), organizationId,
				c.organizationName(), c.country(), accountId, mode, status, reason, details, c.focalPoints());
	}

	/** The events raised since the registration was loaded, handed over once to be published. */
	List<RegistrationEvent> pullEvents() {
		List<RegistrationEvent> raised = List.copyOf(events);
		events.clear();
		return raised;
	}

	private static String newCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
		}
		return code.toString();
	}

	/** Marks the badge collected; a second time says when it already was. */
	void checkIn(Instant at) {
		requireCheckable();
		if (checkedInAt != null) {
			throw Problem.conflict("already-checked-in", checkedInAt);
		}
		checkedInAt = at;
	}

	/**
	 * Checks in on another day of the meeting, the badge collected before: allowed to a registration
	 * that still collects a badge (validated, in person), and only once the badge is collected.
	 */
	void checkInAgain() {
		requireCheckable();
		if (checkedInAt == null) {
			throw new IllegalStateException("the badge is collected by the first check-in");
		}
	}

	private void requireCheckable() {
		if (status != Status.VALIDATED || mode != Mode.IN_PERSON) {
			throw Problem.rule("not-checkable");
		}
	}

	/** Counts against the room's capacity: in person, waiting for its payment or validation, or validated. */
	public boolean takesASeat() {
		return mode == Mode.IN_PERSON && isActive();
	}

	public boolean isActive() {
		return status == Status.PENDING_PAYMENT || status == Status.PENDING_VALIDATION || status == Status.VALIDATED;
	}

	/** The invoice of a pay-as-you-go registration, else null. */
	public String invoiceId() {
		return invoiceId;
	}

	public String id() {
		return id;
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

	public Mode mode() {
		return mode;
	}

	public boolean visaSupport() {
		return visaSupport;
	}

	public Status status() {
		return status;
	}

	public String verificationCode() {
		return verificationCode;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant decidedAt() {
		return decidedAt;
	}

	public String decidedBy() {
		return decidedBy;
	}

	public String reason() {
		return reason;
	}

	public Instant checkedInAt() {
		return checkedInAt;
	}

	int version() {
		return version;
	}
}
