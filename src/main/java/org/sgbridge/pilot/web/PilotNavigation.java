package org.sgbridge.pilot.web;

import java.util.ArrayList;
import java.util.List;

import org.sgbridge.directory.FocalPoints;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.web.NavigationItems;
import org.springframework.stereotype.Component;

/** The pilot's links: the SME page for everyone signed in, the inbox for DFPs, the overview for the secretariat. */
@Component
class PilotNavigation implements NavigationItems {

	private final FocalPoints focalPoints;

	PilotNavigation(FocalPoints focalPoints) {
		this.focalPoints = focalPoints;
	}

	@Override
	public List<Item> itemsFor(Actor actor) {
		List<Item> items = new ArrayList<>();
		items.add(new Item("/pilot", "nav.pilot"));
		boolean dfp = !focalPoints.statesOf(actor.accountId()).isEmpty();
		if (dfp) {
			items.add(Item.tool("/pilot/inbox", "nav.inbox"));
		}
		if (actor.isSecretariat() || dfp) {
			items.add(Item.tool("/reports/pilot", "nav.dashboard"));
		}
		if (actor.isSecretariat()) {
			items.add(Item.tool("/pilot/overview", "nav.overview"));
			items.add(Item.tool("/pilot/interests", "nav.interests"));
		}
		return items;
	}
}
