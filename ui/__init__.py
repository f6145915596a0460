"""The web UI's handlers and rendering: small classes that receive the `Assistant`; `app.py` only lays out and wires."""
