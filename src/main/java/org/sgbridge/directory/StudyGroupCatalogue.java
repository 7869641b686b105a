package org.sgbridge.directory;

import org.springframework.modulith.NamedInterface;

/**
 * What the directory asks of the study groups when an organisation names those it follows. The
 * {@code studygroup} module implements it, so that the directory neither depends on that module
 * nor reads its tables.
 */
@NamedInterface("api")
public interface StudyGroupCatalogue {

	/** Whether a study group has this code (in any study period). */
	boolean exists(String code);
}
