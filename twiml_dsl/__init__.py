"""Build, check and test Twilio TwiML with Python `with` blocks."""
