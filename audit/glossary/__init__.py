"""A user's glossary: readers (CSV/TSV/TBX) and the compiled matcher the HI8xx rules use."""

from audit.glossary.read import Glossary, GlossaryError, Term, as_glossary, load_glossary

__all__ = ["Glossary", "GlossaryError", "Term", "as_glossary", "load_glossary"]
