"""Ad-hoc read-only SQL for analysts (the explorer page and the CLI's ``sql``)."""
