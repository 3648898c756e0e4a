"""Incoming phone numbers, and caller IDs with their validation requests.

A number's `voice_url` and `sms_url` are where Twilio fetches the TwiML this library builds.
`local`, `mobile` and `toll_free` list and buy numbers of one type; the numbers they return
change and are released at the number's own path, like any other.

A caller ID is not created directly: `validation_requests.create(phone_number=...)` places
a call that reads out a code, and the caller ID appears once it is entered. Twilio serves
that as `POST /OutgoingCallerIds.json`, answering with a record that has no SID.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar, NoReturn

from .._errors import UnsupportedOperationError
from .._operations import Family
from .._params import (
    incoming_phone_numbers,
    incoming_phone_numbers_local,
    incoming_phone_numbers_mobile,
    incoming_phone_numbers_toll_free,
    outgoing_caller_ids,
    validation_requests,
)
from .._record import AsyncRecord, Record, SyncRecord

__all__ = [
    "AsyncIncomingPhoneNumber",
    "AsyncIncomingPhoneNumbers",
    "AsyncOutgoingCallerId",
    "AsyncOutgoingCallerIds",
    "AsyncValidationRequests",
    "IncomingPhoneNumber",
    "IncomingPhoneNumbers",
    "OutgoingCallerId",
    "OutgoingCallerIds",
    "ValidationRequest",
    "ValidationRequests",
]


@dataclass(kw_only=True, repr=False)
class _NumberData(Record):
    family: ClassVar[Family] = incoming_phone_numbers.FAMILY
    sid: str | None = None
    account_sid: str | None = None
    phone_number: str | None = None
    friendly_name: str | None = None
    voice_url: str | None = None
    voice_method: str | None = None
    voice_fallback_url: str | None = None
    voice_fallback_method: str | None = None
    voice_application_sid: str | None = None
    voice_caller_id_lookup: bool | None = None
    voice_receive_mode: str | None = None
    sms_url: str | None = None
    sms_method: str | None = None
    sms_fallback_url: str | None = None
    sms_fallback_method: str | None = None
    sms_application_sid: str | None = None
    status_callback: str | None = None
    status_callback_method: str | None = None
    capabilities: dict[str, Any] | None = None
    address_sid: str | None = None
    address_requirements: str | None = None
    identity_sid: str | None = None
    trunk_sid: str | None = None
    bundle_sid: str | None = None
    emergency_status: str | None = None
    emergency_address_sid: str | None = None
    emergency_address_status: str | None = None
    beta: bool | None = None
    origin: str | None = None
    status: str | None = None
    type: str | None = None
    api_version: str | None = None
    date_created: datetime | None = None
    date_updated: datetime | None = None
    uri: str | None = None


class IncomingPhoneNumber(_NumberData, SyncRecord):
    """A number of this account. Twilio may send `""` for an unset application SID."""

    def release(self) -> None:
        """Give the number back to Twilio (a delete)."""
        self.destroy()


class AsyncIncomingPhoneNumber(_NumberData, AsyncRecord):
    """A phone number read through an `AsyncClient`."""

    async def release(self) -> None:
        """Give the number back to Twilio (a delete)."""
        await self.destroy()


class IncomingPhoneNumbers(incoming_phone_numbers.IncomingPhoneNumbersOps[IncomingPhoneNumber]):
    record = IncomingPhoneNumber

    @property
    def local(self) -> LocalNumbers:
        return self._sibling(LocalNumbers)

    @property
    def mobile(self) -> MobileNumbers:
        return self._sibling(MobileNumbers)

    @property
    def toll_free(self) -> TollFreeNumbers:
        return self._sibling(TollFreeNumbers)


class AsyncIncomingPhoneNumbers(
    incoming_phone_numbers.AsyncIncomingPhoneNumbersOps[AsyncIncomingPhoneNumber]
):
    record = AsyncIncomingPhoneNumber

    @property
    def local(self) -> AsyncLocalNumbers:
        return self._sibling(AsyncLocalNumbers)

    @property
    def mobile(self) -> AsyncMobileNumbers:
        return self._sibling(AsyncMobileNumbers)

    @property
    def toll_free(self) -> AsyncTollFreeNumbers:
        return self._sibling(AsyncTollFreeNumbers)


class LocalNumbers(incoming_phone_numbers_local.IncomingPhoneNumbersLocalOps[IncomingPhoneNumber]):
    record = IncomingPhoneNumber
    home = IncomingPhoneNumbers


class MobileNumbers(
    incoming_phone_numbers_mobile.IncomingPhoneNumbersMobileOps[IncomingPhoneNumber]
):
    record = IncomingPhoneNumber
    home = IncomingPhoneNumbers


class TollFreeNumbers(
    incoming_phone_numbers_toll_free.IncomingPhoneNumbersTollFreeOps[IncomingPhoneNumber]
):
    record = IncomingPhoneNumber
    home = IncomingPhoneNumbers


class AsyncLocalNumbers(
    incoming_phone_numbers_local.AsyncIncomingPhoneNumbersLocalOps[AsyncIncomingPhoneNumber]
):
    record = AsyncIncomingPhoneNumber
    home = AsyncIncomingPhoneNumbers


class AsyncMobileNumbers(
    incoming_phone_numbers_mobile.AsyncIncomingPhoneNumbersMobileOps[AsyncIncomingPhoneNumber]
):
    record = AsyncIncomingPhoneNumber
    home = AsyncIncomingPhoneNumbers


class AsyncTollFreeNumbers(
    incoming_phone_numbers_toll_free.AsyncIncomingPhoneNumbersTollFreeOps[AsyncIncomingPhoneNumber]
):
    record = AsyncIncomingPhoneNumber
    home = AsyncIncomingPhoneNumbers


@dataclass(kw_only=True, repr=False)
class _CallerIdData(Record):
    family: ClassVar[Family] = outgoing_caller_ids.FAMILY
    sid: str | None = None
    account_sid: str | None = None
    phone_number: str | None = None
    friendly_name: str | None = None
    date_created: datetime | None = None
    date_updated: datetime | None = None
    uri: str | None = None


class OutgoingCallerId(_CallerIdData, SyncRecord):
    """A verified number this account may show as caller ID; it can only be renamed."""


class AsyncOutgoingCallerId(_CallerIdData, AsyncRecord):
    """A caller ID read through an `AsyncClient`."""


def _validate_instead(ops: Any) -> UnsupportedOperationError:
    return UnsupportedOperationError(
        f"{ops._unsupported('create')}; a caller ID is added by validating the number: "
        "use validation_requests.create(phone_number=...)"
    )


class OutgoingCallerIds(outgoing_caller_ids.OutgoingCallerIdsOps[OutgoingCallerId]):
    record = OutgoingCallerId

    def create(self, *args: object, **kwargs: object) -> NoReturn:
        """Twilio's API has no create here: raises `UnsupportedOperationError`."""
        raise _validate_instead(self)


class AsyncOutgoingCallerIds(outgoing_caller_ids.AsyncOutgoingCallerIdsOps[AsyncOutgoingCallerId]):
    record = AsyncOutgoingCallerId

    async def create(self, *args: object, **kwargs: object) -> NoReturn:
        """Twilio's API has no create here: raises `UnsupportedOperationError`."""
        raise _validate_instead(self)


@dataclass(kw_only=True, repr=False)
class ValidationRequest(Record):
    """The answer to a validation request: tell the person `validation_code` to key in.

    Plain data with no SID, so there is nothing to save, update or delete.
    """

    family: ClassVar[Family] = validation_requests.FAMILY
    account_sid: str | None = None
    call_sid: str | None = None
    phone_number: str | None = None
    friendly_name: str | None = None
    validation_code: str | None = None


class ValidationRequests(validation_requests.ValidationRequestsOps[ValidationRequest]):
    record = ValidationRequest


class AsyncValidationRequests(validation_requests.AsyncValidationRequestsOps[ValidationRequest]):
    record = ValidationRequest
