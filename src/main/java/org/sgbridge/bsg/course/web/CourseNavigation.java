package org.sgbridge.bsg.course.web;

import java.util.ArrayList;
import java.util.List;

import org.sgbridge.platform.Actor;
import org.sgbridge.platform.web.NavigationItems;
import org.springframework.stereotype.Component;

/** The course for everyone signed in; its question banks and certificates among the secretariat's tools. */
@Component
class CourseNavigation implements NavigationItems {

	@Override
	public List<Item> itemsFor(Actor actor) {
		List<Item> items = new ArrayList<>();
		items.add(new Item("/course", "nav.course"));
		if (actor.isSecretariat()) {
			items.add(Item.tool("/course/bank/1", "nav.course.bank"));
			items.add(Item.tool("/course/certificates", "nav.course.certificates"));
		}
		return items;
	}
}
