"""The Slack adapter: /brief, thread follow-ups, the "Brief this message" shortcut,
in Socket Mode or over HTTP (see README.md, "Install in Slack"). Only core types come in from bot/."""
