"""A small call centre: callers wait in a Twilio queue, and an agent takes the next one.

The TwiML half answers Twilio's webhooks: a caller hears a greeting and joins the `support`
queue (`<Enqueue>`), with hold music and their place in line while they wait. The REST half
is what an agent's "next caller" button runs: it lists who is waiting and sends the caller at
the head of the line to the agent's TwiML URL, which bridges them to the agent's phone.

    TWILIO_ACCOUNT_SID=AC... TWILIO_AUTH_TOKEN=... \\
        python examples/call_centre.py support https://example.com/agent/alice
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

import rest
from twiml_dsl import VoiceResponse

QUEUE = "support"
HOLD_MUSIC = "https://com.twilio.music.classical.s3.amazonaws.com/BusyStrings.mp3"


def incoming_call() -> VoiceResponse:
    """TwiML for a new caller: a greeting, then the queue (its `waitUrl` plays while they wait)."""
    response = VoiceResponse()
    response.say("Thanks for calling Acme support. The next free agent will take your call.")
    response.enqueue(QUEUE, wait_url="/hold", action="/left-queue")
    return response


def hold(position: int) -> VoiceResponse:
    """TwiML that Twilio plays in a loop to a waiting caller (`QueuePosition` comes with it)."""
    response = VoiceResponse()
    response.say(f"You are number {position} in line.")
    response.play(HOLD_MUSIC)
    return response


def agent_bridge(agent: str) -> VoiceResponse:
    """TwiML at the agent URL: the dequeued caller is connected to the agent's browser phone."""
    response = VoiceResponse()
    response.say("Connecting you to an agent now.")
    with response.dial(timeout=20):
        response.client(agent)
    return response


def connect_next_caller(
    client: rest.Client, agent_url: str, queue_name: str = QUEUE
) -> rest.Member | None:
    """List the callers waiting in `queue_name` and send the first to `agent_url`.

    Returns the dequeued member, or None when the queue does not exist or nobody is waiting.
    """
    queue = next((q for q in client.queues.all() if q.friendly_name == queue_name), None)
    if queue is None:
        return None
    waiting = list(queue.members.all())
    for member in waiting:
        print(f"#{member.position}: {member.call_sid}, waiting {member.wait_time} s")
    if not waiting:
        return None
    return waiting[0].dequeue(agent_url)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Send the next waiting caller to an agent.")
    parser.add_argument("queue", help="the queue's friendly name, as in <Enqueue>")
    parser.add_argument("agent_url", help="the TwiML URL that bridges a caller to the agent")
    parser.add_argument("--base-url", default=None, help="another API root (for tests)")
    args = parser.parse_args(argv)
    sid, token = os.environ.get("TWILIO_ACCOUNT_SID"), os.environ.get("TWILIO_AUTH_TOKEN")
    if not sid or not token:
        print("set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN first", file=sys.stderr)
        return 2
    with rest.Client(sid, token, base_url=args.base_url) as client:
        member = connect_next_caller(client, args.agent_url, args.queue)
    if member is None:
        print(f"nobody is waiting in {args.queue!r}")
        return 1
    print(f"sent {member.call_sid} to {args.agent_url}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
