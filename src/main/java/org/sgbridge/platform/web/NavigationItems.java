package org.sgbridge.platform.web;

import java.util.List;

import org.sgbridge.platform.Actor;

/**
 * Lets a module add links to the main navigation for the signed-in actor (for example, a focal
 * point's inbox), without the platform knowing the module.
 */
public interface NavigationItems {

	List<Item> itemsFor(Actor actor);

	/**
	 * A link: its address, the message key of its label, and whether it is a tool of one's role
	 * (the secretariat's, a focal point's), which the layout groups under one menu so that the
	 * navigation keeps to one row.
	 */
	record Item(String href, String labelKey, boolean tool) {

		/** A link of the main row. */
		public Item(String href, String labelKey) {
			this(href, labelKey, false);
		}

		/** A link grouped under the menu of one's role. */
		public static Item tool(String href, String labelKey) {
			return new Item(href, labelKey, true);
		}
	}
}
