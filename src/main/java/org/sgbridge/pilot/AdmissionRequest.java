package org.sgbridge.pilot;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.sgbridge.platform.Problem;

/**
 * An SME's request to take part in chosen pilot study groups, decided by a Designated Focal Point
 * of its country. It is decided once: every change checks that it still waits.
 */
public class AdmissionRequest {

	public enum Status {
		SUBMITTED, APPROVED, REJECTED, WITHDRAWN, LAPSED
	}

	private final String id;
	private final String organizationId;
	private final String country;
	private final List<String> studyGroups;
	private final Integer employees;
	private final BigDecimal revenueAmount;
	private final String revenueCurrency;
	private final Instant submittedAt;
	private final String submittedBy;
	private Status status;
	private Instant decidedAt;
	private String decidedBy;
	private String reason;
	private final int version;

	AdmissionRequest(String id, String organizationId, String country, List<String> studyGroups, Integer employees,
			BigDecimal revenueAmount, String revenueCurrency, Instant submittedAt, String submittedBy, Status status,
			Instant decidedAt, String decidedBy, String reason, int version) {
		this.id = id;
		this.organizationId = organizationId;
		this.country = country;
		this.studyGroups = List.copyOf(studyGroups);
		this.employees = employees;
		this.revenueAmount = revenueAmount;
		this.revenueCurrency = revenueCurrency;
		this.submittedAt = submittedAt;
		this.submittedBy = submittedBy;
		this.status = status;
		this.decidedAt = decidedAt;
		this.decidedBy = decidedBy;
		this.reason = reason;
		this.version = version;
	}

	static AdmissionRequest submit(String organizationId, String country, List<String> studyGroups, Integer employees,
			BigDecimal revenueAmount, String revenueCurrency, String by, Instant at) {
		return new AdmissionRequest(UUID.randomUUID().toString(), organizationId, country, studyGroups, employees,
				revenueAmount, revenueCurrency, at, by, Status.SUBMITTED, null, null, null, 0);
	}

	void approve(String by, Instant at) {
		decide(Status.APPROVED, by, at, null);
	}

	void reject(String by, Instant at, String why) {
		if (why == null || why.isBlank()) {
			throw Problem.rule("reason-required");
		}
		decide(Status.REJECTED, by, at, why.trim());
	}

	void withdraw(String by, Instant at) {
		decide(Status.WITHDRAWN, by, at, null);
	}

	/** The pilot's period ended without an extension while the request waited. */
	void lapse(Instant at) {
		decide(Status.LAPSED, null, at, null);
	}

	private void decide(Status to, String by, Instant at, String why) {
		if (status != Status.SUBMITTED) {
			throw Problem.conflict("already-decided");
		}
		status = to;
		decidedBy = by;
		decidedAt = at;
		reason = why;
	}

	public boolean isPending() {
		return status == Status.SUBMITTED;
	}

	public String id() {
		return id;
	}

	public String organizationId() {
		return organizationId;
	}

	public String country() {
		return country;
	}

	public List<String> studyGroups() {
		return studyGroups;
	}

	public Integer employees() {
		return employees;
	}

	public BigDecimal revenueAmount() {
		return revenueAmount;
	}

	public String revenueCurrency() {
		return revenueCurrency;
	}

	public Instant submittedAt() {
		return submittedAt;
	}

	public String submittedBy() {
		return submittedBy;
	}

	public Status status() {
		return status;
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

	int version() {
		return version;
	}
}
