package org.sgbridge.meeting;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Daily: the focal points' digest of registrations waiting for validation. */
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
}
