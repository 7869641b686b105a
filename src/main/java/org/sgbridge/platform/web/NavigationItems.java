package org.sgbridge.platform.web;

import java.util.List;

import org.sgbridge.platform.Actor;

/**
 * Lets a module add links to the main navigation for the signed-in actor (for example, a focal
 * point's inbox), without the platform knowing the module.
 */
public interface NavigationItems {

	List<Item> itemsFor(Actor actor);

	/** A link: its address and the message key of its label. */
	record Item(String href, String labelKey) {
	}
}
