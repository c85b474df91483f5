"""The Scans page: create from a template, edit questions, open and reveal, results, the
initiatives overview and the answers download."""
