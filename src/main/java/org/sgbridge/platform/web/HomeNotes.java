package org.sgbridge.platform.web;

import java.util.List;
import java.util.Locale;

import org.sgbridge.platform.Actor;

/**
 * Lets a module show the signed-in actor something of its own on the home page (a mentoring
 * pairing: who one's mentor is, until when) without the platform knowing the module.
 */
public interface HomeNotes {

	List<Note> notesFor(Actor actor, Locale locale);

	/** A sentence in the reader's language, and a link to follow it. */
	record Note(String id, String text, String href, String linkText) {
	}
}
