package org.sgbridge.studygroup;

/** A study group in a study period; {@code code} (e.g. {@code ITU-T-SG16}) is stable across periods. */
public record StudyGroup(String code, String sector, int number, String title, boolean pilot, String studyPeriod) {
}
