package org.sgbridge.meeting;

import java.util.List;
import java.util.Locale;

import org.springframework.modulith.NamedInterface;

/**
 * Lets another module add a note to a meeting's page (a call for fellowships: who may apply and
 * until when) without the meeting module knowing it. Notes are read by anyone who opens the page.
 */
@NamedInterface("api")
public interface MeetingNotes {

	List<Note> notesFor(Meeting meeting, Locale locale);

	/** A sentence, and a link to follow it (both already in the reader's language). */
	record Note(String id, String text, String href, String linkText) {
	}
}
