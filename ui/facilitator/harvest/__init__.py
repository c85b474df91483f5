"""Editing and downloading the harvest: the editor, texts, templates, downloads."""
