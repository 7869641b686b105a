package org.sgbridge.platform.web;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Text bound from a form or a parameter holds no NUL character: PostgreSQL refuses one, H2 keeps
 * it, and no field of ours means one, so it is refused as invalid input (naming its field) in this
 * one place, as {@link StrictJson} does for JSON.
 */
@ControllerAdvice
class TextBinding {

	@InitBinder
	void refuseNul(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new PropertyEditorSupport() {

			@Override
			public void setAsText(String text) {
				if (text != null && text.indexOf('\0') >= 0) {
					throw new IllegalArgumentException("A text may not hold a NUL character");
				}
				setValue(text);
			}
		});
	}
}
