"""A generated IVR of menus of menus, as a Flask app checking Twilio's signature: the
subject of the flow-exploration benchmark.

Menu `n` lives at `/m/<n>`: "press 1 to 3" (for its sub-menus `3n+1`..`3n+3`), with a
`<Gather>` posting to `/pick/<n>`. A key with a sub-menu redirects there; any other key
says "not an option" and redirects back to `/m/<n>`; silence says goodbye and hangs up.
Each menu gives about five states (its menu, the answer that leads to it, its "not an
option", and two ends), so `create_app(menus)` maps to about `5 * menus` states.
"""

from __future__ import annotations

from flask import Flask, request

from twiml_dsl import VoiceResponse
from twiml_dsl.flask import twilio_webhook

BRANCHES = 3


def create_app(menus: int, auth_token: str) -> Flask:
    app = Flask(__name__)
    app.config["TWILIO_AUTH_TOKEN"] = auth_token

    def children(n: int) -> list[int]:
        return [c for c in range(BRANCHES * n + 1, BRANCHES * n + BRANCHES + 1) if c < menus]

    @app.post("/m/<int:n>")
    @twilio_webhook
    def menu(n: int) -> VoiceResponse:
        response = VoiceResponse()
        options = children(n)
        with response.gather(action=f"/pick/{n}", num_digits=1, timeout=5):
            if options:
                response.say(f"Menu {n}. Press 1 to {len(options)}.")
            else:
                response.say(f"Menu {n}. Press any key to hear this again.")
        response.say("Goodbye.")
        response.hangup()
        return response

    @app.post("/pick/<int:n>")
    @twilio_webhook
    def pick(n: int) -> VoiceResponse:
        response = VoiceResponse()
        digits = request.form.get("Digits", "")
        options = children(n)
        if digits.isdigit() and 1 <= int(digits) <= len(options):
            response.redirect(f"/m/{options[int(digits) - 1]}")
        else:
            response.say("That is not an option.")
            response.redirect(f"/m/{n}")
        return response

    return app
