"""The parts of the lead detail view: fields form, timeline, score and stage history."""
