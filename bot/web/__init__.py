"""The web adapter: an ASGI app serving the JSON API, the widget and a demo page."""
