// The embedded store lands in this module (SQLite through GRDB).
