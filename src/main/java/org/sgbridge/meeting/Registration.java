package org.sgbridge.meeting;

import java.time.Instant;

import org.sgbridge.platform.Problem;

/**
 * A person's registration for a meeting, for one of its organisations. It is validated or
 * rejected once by the responsible focal point; the participant or the focal point may cancel it.
 */
public class Registration {

	public enum Status {
		PENDING_VALIDATION, VALIDATED, REJECTED, CANCELLED
	}

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
	private final int version;

	Registration(String id, String meetingId, String accountId, String organizationId, Mode mode, boolean visaSupport,
			Status status, String verificationCode, Instant createdAt, Instant decidedAt, String decidedBy, String reason,
			Instant checkedInAt, int version) {
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

	void validate(String by, Instant at) {
		decide(Status.VALIDATED, by, at, null);
	}

	void reject(String by, Instant at, String why) {
		if (why == null || why.isBlank()) {
			throw Problem.rule("reason-required");
		}
		decide(Status.REJECTED, by, at, why.trim());
	}

	private void decide(Status to, String by, Instant at, String why) {
		if (status != Status.PENDING_VALIDATION) {
			throw Problem.conflict("already-decided");
		}
		status = to;
		decidedBy = by;
		decidedAt = at;
		reason = why;
	}

	void cancel(String by, Instant at) {
		if (status == Status.CANCELLED || status == Status.REJECTED) {
			throw Problem.conflict("already-decided");
		}
		status = Status.CANCELLED;
		decidedBy = by;
		decidedAt = at;
	}

	void changeMode(Mode to) {
		if (status == Status.CANCELLED || status == Status.REJECTED) {
			throw Problem.conflict("already-decided");
		}
		mode = to;
	}

	/** Marks the badge collected; a second time says when it already was. */
	void checkIn(Instant at) {
		if (status != Status.VALIDATED || mode != Mode.IN_PERSON) {
			throw Problem.rule("not-checkable");
		}
		if (checkedInAt != null) {
			throw Problem.conflict("already-checked-in", checkedInAt);
		}
		checkedInAt = at;
	}

	/** Counts against the room's capacity: in person, pending or validated. */
	public boolean takesASeat() {
		return mode == Mode.IN_PERSON && (status == Status.PENDING_VALIDATION || status == Status.VALIDATED);
	}

	public boolean isActive() {
		return status == Status.PENDING_VALIDATION || status == Status.VALIDATED;
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
