package org.sgbridge.meeting.web;

import java.util.ArrayList;
import java.util.List;

import org.sgbridge.directory.FocalPoints;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.web.NavigationItems;
import org.springframework.stereotype.Component;

/** Meeting links: one's registrations; the validation inbox for focal points; check-in for the secretariat. */
@Component
class MeetingNavigation implements NavigationItems {

	private final FocalPoints focalPoints;

	MeetingNavigation(FocalPoints focalPoints) {
		this.focalPoints = focalPoints;
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
