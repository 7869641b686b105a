package org.sgbridge.pilot;

import org.springframework.modulith.NamedInterface;

/**
 * Published, in the same transaction, whenever the pilot's history changes for an organisation
 * (a request submitted or decided) or an expression of interest (expressed, or linked to an
 * organisation). Either may be null.
 */
@NamedInterface("api")
public record PilotParticipationChanged(String organizationId, String interestId) {
}
