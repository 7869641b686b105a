/**
 * Meetings and registration: meetings of study groups, working parties, rapporteur groups,
 * workshops and trainings; registrations validated by the responsible focal point; letters,
 * badges, check-in and participant lists. Published schema: {@code meeting_registration_history_v}.
 */
package org.sgbridge.meeting;
