package org.sgbridge.bsg;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.sgbridge.platform.Dates;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Daily: the DFPs of the states whose delegates' applications still wait for their endorsement are
 * reminded once, {@value #DAYS_BEFORE} days before the call closes (or at once when a call is opened
 * closer to its end). A call is marked reminded in the same transaction, so a second run or node
 * sends nothing again.
 */
@Component
public class FellowshipReminders {

	static final int DAYS_BEFORE = 3;

	private final FellowshipCalls calls;
	private final FellowshipApplications applications;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	FellowshipReminders(FellowshipCalls calls, FellowshipApplications applications, ApplicationEventPublisher events,
			Clock clock) {
		this.calls = calls;
		this.applications = applications;
		this.events = events;
		this.clock = clock;
	}

	@Scheduled(cron = "${sgbridge.bsg.reminder-cron:0 30 7 * * *}", zone = "UTC")
	@SchedulerLock(name = "fellowship-reminders", lockAtMostFor = "PT30M")
	void daily() {
		remind();
	}

	/** Reminds the DFPs of the calls closing within the days ahead; the number of reminders raised. */
	@Transactional
	public int remind() {
		LocalDate today = Dates.today(clock);
		int raised = 0;
		for (FellowshipCall call : calls.closingUnreminded(today, today.plusDays(DAYS_BEFORE))) {
			if (!calls.markReminded(call.id(), today)) {
				continue;
			}
			for (var waiting : applications.waitingByState(call.id()).entrySet()) {
				events.publishEvent(new FellowshipEndorsementsDue(call.id(), call.meetingId(), waiting.getKey(),
						waiting.getValue(), call.closes()));
				raised++;
			}
		}
		return raised;
	}
}
