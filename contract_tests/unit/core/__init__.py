"""Unit tests of the client core (plans, drivers, the request loop, pacing, auth) on the scripted
driver: no socket, no sandbox, no sleep."""
