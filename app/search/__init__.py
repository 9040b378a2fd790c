"""Full-text search over narrative, authorities, documents, publications and indicators."""
