package org.sgbridge.meeting;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Daily jobs of registration: the focal points' digest, and pay-as-you-go registrations left unpaid. */
@Component
class MeetingJobs {

	private final MeetingRegistrations registrations;

	MeetingJobs(MeetingRegistrations registrations) {
		this.registrations = registrations;
	}

	@Scheduled(cron = "${sgbridge.meeting.digest-cron:0 0 7 * * *}", zone = "UTC")
	@SchedulerLock(name = "meeting-digest", lockAtMostFor = "PT30M")
	void digest() {
		registrations.sendDigests();
	}

	/** Daily: pay-as-you-go registrations still unpaid are reminded before registration closes, cancelled after. */
	@Scheduled(cron = "${sgbridge.meeting.unpaid-cron:0 15 0 * * *}", zone = "UTC")
	@SchedulerLock(name = "meeting-unpaid", lockAtMostFor = "PT30M")
	void unpaid() {
		registrations.settleUnpaid();
	}
}
