"""Running the audit: the Auditor, the per-document result cache, streaming/parallel batch runs."""
