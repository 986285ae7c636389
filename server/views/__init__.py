"""The app's pages and JSON endpoints, one Flask blueprint per kind of page (create_app wires them)."""
