package org.sgbridge.directory;

import java.time.Instant;
import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * An organisation was created (by its representative, or by the secretariat for the kinds it
 * creates), with its kind, country, sectors and study groups as entered; published in the
 * transaction that creates it, so that what other modules keep of it is created with it.
 */
@NamedInterface("api")
public record OrganizationCreated(String organizationId, String kind, String country, List<String> sectors,
		List<String> studyGroups, Instant createdAt) {

	public OrganizationCreated {
		sectors = List.copyOf(sectors);
		studyGroups = List.copyOf(studyGroups);
	}
}
