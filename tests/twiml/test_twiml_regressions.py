"""Core bugs the verification suite found, one test each, so they stay fixed."""

from __future__ import annotations

from twiml_dsl import VoiceResponse, parse


def test_pay_payment_method_takes_ach_debit_not_an_http_method():
    r = VoiceResponse()
    r.pay(payment_method="ach-debit", bank_account_type="consumer-checking")
    assert 'paymentMethod="ach-debit"' in r.to_xml()


def test_parse_accepts_pay_payment_method_credit_card():
    doc = parse('<Response><Pay paymentMethod="credit-card"/></Response>')
    assert 'paymentMethod="credit-card"' in doc.to_xml()
