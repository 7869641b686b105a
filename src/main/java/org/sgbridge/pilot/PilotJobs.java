package org.sgbridge.pilot;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Daily: remind DFPs of requests waiting 14 days; lapse waiting requests once the pilot has ended. */
@Component
class PilotJobs {

	private final AdmissionManagement admissions;

	PilotJobs(AdmissionManagement admissions) {
		this.admissions = admissions;
	}

	@Scheduled(cron = "${sgbridge.pilot.jobs-cron:0 15 6 * * *}", zone = "UTC")
	@SchedulerLock(name = "pilot-daily", lockAtMostFor = "PT30M")
	void daily() {
		admissions.lapseIfClosed();
		admissions.remindWaiting();
	}
}
