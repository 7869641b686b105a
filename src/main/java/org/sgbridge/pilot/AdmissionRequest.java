package org.sgbridge.pilot;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.sgbridge.platform.Act;
import org.sgbridge.platform.Problem;

/**
 * An SME's request to take part in chosen pilot study groups, decided by a Designated Focal Point
 * of its country. It is decided once: every change checks that it still waits, and raises its
 * {@link AdmissionRequestEvent}, which the repository publishes when it saves the change.
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
	private final List<AdmissionRequestEvent> events = new java.util.ArrayList<>();

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
			BigDecimal revenueAmount, String revenueCurrency, Act act) {
		AdmissionRequest request = new AdmissionRequest(UUID.randomUUID().toString(), organizationId, country, studyGroups,
				employees, revenueAmount, revenueCurrency, act.at(), act.actorId(), Status.SUBMITTED, null, null, null, 0);
		request.events.add(new AdmissionRequestEvent.Submitted(request.id, organizationId, country, request.studyGroups, act));
		return request;
	}

	void approve(Act act) {
		decide(Status.APPROVED, act, null);
		events.add(new AdmissionRequestEvent.Approved(id, organizationId, country, studyGroups, act));
	}

	void reject(Act act, String why) {
		if (why == null || why.isBlank()) {
			throw Problem.rule("reason-required");
		}
		decide(Status.REJECTED, act, why.trim());
		events.add(new AdmissionRequestEvent.Rejected(id, organizationId, country, studyGroups, reason, act));
	}

	void withdraw(Act act) {
		decide(Status.WITHDRAWN, act, null);
		events.add(new AdmissionRequestEvent.Withdrawn(id, organizationId, country, studyGroups, act));
	}

	/** The pilot's period ended without an extension while the request waited. */
	void lapse(Act act) {
		decide(Status.LAPSED, act, null);
		events.add(new AdmissionRequestEvent.Lapsed(id, organizationId, country, studyGroups, act));
	}

	private void decide(Status to, Act act, String why) {
		if (status != Status.SUBMITTED) {
			throw Problem.conflict("already-decided");
		}
		status = to;
		decidedBy = act.actorId();
		decidedAt = act.at();
		reason = why;
	}

	/** The events raised since the request was loaded, handed over once to be published. */
	List<AdmissionRequestEvent> pullEvents() {
		List<AdmissionRequestEvent> raised = List.copyOf(events);
		events.clear();
		return raised;
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
