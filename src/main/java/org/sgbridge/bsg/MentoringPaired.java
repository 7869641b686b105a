package org.sgbridge.bsg;

import java.time.LocalDate;

import org.springframework.modulith.NamedInterface;

/** The secretariat paired a new delegate with a mentor in a study group until a day: for the mails to both. */
@NamedInterface("api")
public record MentoringPaired(String id, String menteeId, String mentorId, String studyGroup, LocalDate endsOn) {
}
