/**
 * Meetings and registration: meetings of study groups, working parties, rapporteur groups,
 * workshops and trainings; registrations validated by the responsible focal point; letters,
 * badges, check-in and participant lists. Published schema: {@code meeting_registration_history_v}.
 * Who may register is decided in one place, {@link org.sgbridge.meeting.RegistrationEntitlement}, which
 * both refuses a registration and tells the pages, beforehand, what one may not register for and why.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account :: api", "audit :: api", "directory :: api", "pilot :: api", "platform", "studygroup :: api" })
package org.sgbridge.meeting;
