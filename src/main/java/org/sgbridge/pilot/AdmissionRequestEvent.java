package org.sgbridge.pilot;

import java.util.List;

import org.sgbridge.platform.Act;
import org.sgbridge.platform.Audited;
import org.springframework.modulith.NamedInterface;

/**
 * What happens to an admission request, raised by the request itself ({@link AdmissionRequest})
 * and published when it is saved, in the same transaction.
 */
@NamedInterface("api")
public sealed interface AdmissionRequestEvent extends Audited {

	String requestId();

	String organizationId();

	String country();

	List<String> studyGroups();

	@Override
	default String subjectType() {
		return "ADMISSION_REQUEST";
	}

	@Override
	default String subject() {
		return requestId();
	}

	@Override
	default String memberState() {
		return country();
	}

	@NamedInterface("api")
	record Submitted(String requestId, String organizationId, String country, List<String> studyGroups, Act act)
			implements AdmissionRequestEvent {

		@Override
		public String action() {
			return "ADMISSION_REQUEST_SUBMITTED";
		}
	}

	@NamedInterface("api")
	record Approved(String requestId, String organizationId, String country, List<String> studyGroups, Act act)
			implements AdmissionRequestEvent {

		@Override
		public String action() {
			return "ADMISSION_REQUEST_APPROVED";
		}
	}

	@NamedInterface("api")
	record Rejected(String requestId, String organizationId, String country, List<String> studyGroups, String reason,
			Act act) implements AdmissionRequestEvent {

		@Override
		public String action() {
			return "ADMISSION_REQUEST_REJECTED";
		}
	}

	@NamedInterface("api")
	record Withdrawn(String requestId, String organizationId, String country, List<String> studyGroups, Act act)
			implements AdmissionRequestEvent {

		@Override
		public String action() {
			return "ADMISSION_REQUEST_WITHDRAWN";
		}
	}

	@NamedInterface("api")
	record Lapsed(String requestId, String organizationId, String country, List<String> studyGroups, Act act)
			implements AdmissionRequestEvent {

		@Override
		public String action() {
			return "ADMISSION_REQUEST_LAPSED";
		}
	}
}
