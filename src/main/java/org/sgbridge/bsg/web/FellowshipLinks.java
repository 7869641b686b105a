package org.sgbridge.bsg.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sgbridge.bsg.FellowshipBoard;
import org.sgbridge.directory.FocalPoints;
import org.sgbridge.meeting.Meeting;
import org.sgbridge.meeting.MeetingNotes;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Dates;
import org.sgbridge.platform.web.NavigationItems;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Where fellowships show outside their pages: a link in the navigation for everyone signed in (the
 * calls, one's applications), the DFP's applications to endorse among the tools of its role, and on
 * the page of a meeting with an open call, who may apply and until when.
 */
@Component
class FellowshipLinks implements NavigationItems, MeetingNotes {

	private final FellowshipBoard board;
	private final FocalPoints focalPoints;
	private final MessageSource messages;
	private final java.time.Clock clock;

	FellowshipLinks(FellowshipBoard board, FocalPoints focalPoints, MessageSource messages, java.time.Clock clock) {
		this.board = board;
		this.focalPoints = focalPoints;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public List<Item> itemsFor(Actor actor) {
		List<Item> items = new ArrayList<>();
		// The secretariat's navigation keeps to one row with its tools grouped: the calls are one of them.
		items.add(actor.isSecretariat() ? Item.tool("/fellowships", "nav.fellowships") : new Item("/fellowships", "nav.fellowships"));
		if (!focalPoints.statesOf(actor.accountId()).isEmpty()) {
			items.add(Item.tool("/fellowships/endorsements", "nav.fellowship-endorsements"));
		}
		return items;
	}

	@Override
	public List<Note> notesFor(Meeting meeting, Locale locale) {
		return board.callOfMeeting(meeting.id())
			.filter(call -> !call.closedOn(Dates.today(clock)))
			.map(call -> List.of(new Note("fellowship-note",
					messages.getMessage("fellowship.meeting.note",
							new Object[] { Dates.format(call.closes(), locale) }, locale),
					"/fellowships/calls/" + call.id(), messages.getMessage("fellowship.meeting.note.link", null, locale))))
			.orElse(List.of());
	}
}
