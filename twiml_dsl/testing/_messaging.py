"""A simulated text message: one inbound SMS and the app's `<Message>` replies."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lxml import etree

from ._session import SMS_START, Conversation, SentMessage, resolve, sid, state_key

if TYPE_CHECKING:
    from ._simulator import CallSimulator

__all__ = ["MessageExchange"]


class MessageExchange(Conversation):
    """One inbound text message and the app's replies."""

    def __init__(self, sim: CallSimulator, params: dict[str, str]) -> None:
        super().__init__(sim, params)
        self.replies: list[SentMessage] = []
        self._at = SMS_START

    def _start(self, body: str) -> None:
        session = self._session
        session.lines.append(f'texter sends "{body}"')
        url = session.sim.sms_url
        root = session.fetch(url, "POST", {}, grammar="messaging", shown=["From", "Body"])
        self._move(state_key("POST", url, root), "text", root)
        while root is not None:
            follow: tuple[str, str | None, dict[str, str], str] | None = None
            for el in root:
                if el.tag == "Message":
                    message = self._message(el)
                    if el.get("action"):
                        extra = {"MessageStatus": "sent", "MessageSid": sid("SM", message)}
                        follow = (resolve(url, el.get("action")), el.get("method"), extra, "sent")
                        break
                elif el.tag == "Redirect":
                    follow = (resolve(url, el.text), el.get("method"), {}, "redirect")
                    session.lines.append(f"  redirects to {session.show_url(follow[0])}")
                    break
            if follow is None:
                break
            url, method, extra, cause = follow
            root = session.fetch(url, method, extra, grammar="messaging")
            self._move(state_key((method or "POST").upper(), url, root), cause, root)
        count = len(self.replies)
        replies = f"{count} repl{'y' if count == 1 else 'ies'}"
        session.lines.append(f"= {replies}")
        self._move(f"end:{self._at}:{replies}", "then")

    def _message(self, el: etree._Element) -> SentMessage:
        params = self._session.params
        body_el = el.find("Body")
        body = (body_el.text if body_el is not None else el.text) or ""
        media = tuple((m.text or "").strip() for m in el.findall("Media"))
        message = SentMessage(
            to=el.get("to") or params["From"],
            from_=el.get("from") or params["To"],
            body=" ".join(body.split()),
            media=media,
        )
        self.replies.append(message)
        line = f'  replies to {message.to}: "{message.body}"'
        if media:
            line += f" with media {', '.join(media)}"
        self._session.lines.append(line)
        return message
