"""The province meeting brief: its content from the data (``content``, its drafted follow-ups
in ``drafts``), its HTML (``render``) and printing it to PDF (``pdf``)."""
