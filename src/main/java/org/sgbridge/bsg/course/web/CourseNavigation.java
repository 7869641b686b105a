package org.sgbridge.bsg.course.web;

import java.util.ArrayList;
import java.util.List;

import org.sgbridge.platform.Actor;
import org.sgbridge.platform.web.NavigationItems;
import org.springframework.stereotype.Component;

/**
 * The course's question banks and certificates among the secretariat's tools. The course itself is
 * linked from the home page, not from the main row, which keeps to one row at 1280 px.
 */
@Component
class CourseNavigation implements NavigationItems {

	@Override
	public List<Item> itemsFor(Actor actor) {
		List<Item> items = new ArrayList<>();
		if (actor.isSecretariat()) {
			items.add(Item.tool("/course/bank/1", "nav.course.bank"));
			items.add(Item.tool("/course/certificates", "nav.course.certificates"));
		}
		return items;
	}
}
