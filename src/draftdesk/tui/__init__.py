"""Textual front end over the services: delegates draft, the chair decides, everyone watches."""
