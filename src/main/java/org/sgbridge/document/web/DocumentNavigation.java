package org.sgbridge.document.web;

import java.util.List;

import org.sgbridge.platform.Actor;
import org.sgbridge.platform.web.NavigationItems;
import org.springframework.stereotype.Component;

/** The documents a person may read, for everyone signed in. */
@Component
class DocumentNavigation implements NavigationItems {

	@Override
	public List<Item> itemsFor(Actor actor) {
		return List.of(new Item("/documents", "nav.documents"));
	}
}
