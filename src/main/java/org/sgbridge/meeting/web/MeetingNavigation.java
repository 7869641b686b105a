package org.sgbridge.meeting.web;

import java.util.ArrayList;
import java.util.List;

import org.sgbridge.directory.FocalPoints;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.web.NavigationItems;
import org.springframework.stereotype.Component;

/**
 * Meeting links: one's registrations; the validation inbox for focal points; check-in for the
 * secretariat. A focal point with registrations waiting lands on them after signing in.
 */
@Component
class MeetingNavigation implements NavigationItems, org.sgbridge.platform.web.Landings {

	private final FocalPoints focalPoints;
	private final org.sgbridge.meeting.MeetingRegistrations registrations;

	MeetingNavigation(FocalPoints focalPoints, org.sgbridge.meeting.MeetingRegistrations registrations) {
		this.focalPoints = focalPoints;
		this.registrations = registrations;
	}

	@Override
	public java.util.Optional<Landing> landingFor(Actor actor) {
		if (!actor.isSecretariat() && !focalPoints.dutiesOf(actor.accountId()).isEmpty()
				&& registrations.anyToValidate(actor)) {
			return java.util.Optional.of(new Landing(20, "/meetings/validation"));
		}
		return java.util.Optional.empty();
	}

	@Override
	public List<Item> itemsFor(Actor actor) {
		List<Item> items = new ArrayList<>();
		items.add(new Item("/meetings/registrations", "nav.registrations"));
		if (actor.isSecretariat() || !focalPoints.dutiesOf(actor.accountId()).isEmpty()) {
			items.add(Item.tool("/meetings/validation", "nav.validation"));
		}
		if (actor.isSecretariat()) {
			items.add(Item.tool("/meetings/check-in", "nav.checkin"));
		}
		return items;
	}
}
