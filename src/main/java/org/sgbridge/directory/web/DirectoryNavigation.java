package org.sgbridge.directory.web;

import java.util.List;

import org.sgbridge.platform.Actor;
import org.sgbridge.platform.web.NavigationItems;
import org.springframework.stereotype.Component;

/** The directory's link: the focal points, a tool of the secretariat. */
@Component
class DirectoryNavigation implements NavigationItems {

	@Override
	public List<Item> itemsFor(Actor actor) {
		return actor.isSecretariat() ? List.of(Item.tool("/focal-points", "nav.focal-points")) : List.of();
	}
}
