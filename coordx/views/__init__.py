"""Views for people: `coordx show` (one article) and `coordx report` (a corpus)."""
