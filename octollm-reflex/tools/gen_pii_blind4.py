#!/usr/bin/env python3
"""Generates src/test/resources/corpus/pii-blind4.tsv: the fourth blind PII set.

Written before reading the other PII corpora or the scanner's rules, in the style of an LLM-guardrail
evaluation corpus: realistic prompts a user sends to a chatbot (drafting e-mails, support tickets, HR
requests, medical intake, bank transfers, developers pasting configs, logs and stack traces), with the
entity at the start or end of a sentence, followed by punctuation, inside parentheses, quotes, angle
brackets or backticks, plus hard negatives made of look-alike numbers (invoice, order and tracking
numbers, timestamps, epochs, versions, OIDs, ISBNs, Luhn-invalid 16-digit numbers, IBAN-shaped strings
with a wrong mod-97 check, SSN shapes with an impossible area/group/serial, out-of-range IPv4 octets,
hashes, UUIDs, masked or templated credentials).

Labelling decisions (the type definitions, applied literally):
  * Placeholder domains ARE e-mail addresses: ``jane@example.com`` is a syntactically complete address, and a
    guardrail cannot know which domains are fake, so it is labelled EMAIL.
  * Masked or templated credentials (``password=********``, ``api_key=${API_KEY}``, ``<your-key>``) carry no
    secret and are labelled NONE; a literal value after ``password=``/``api_key=`` is a SECRET.
  * A connection URL with an inline password is one SECRET (not an EMAIL).
  * A PEM private-key block is one SECRET; a JWT (also after ``Bearer``) is one SECRET.
  * Dates, 9-digit and letter+digit identifiers without a nearby context word are NONE; with one (DOB, born,
    passport, driver's licence, MRN, ITIN) they are the matching type.
  * Card numbers must pass Luhn and have a real issuer prefix; "card ending 4242" is NONE.

Values are synthetic (random with the right checksums); run ``python3 gen_pii_blind4.py`` from this
directory to regenerate (seed 4044, deterministic).
"""
import base64
import json
import os
import random
import string

from checksums import b58check, bech32_encode, five_bit_groups, luhn_digit, mod97

R = random.Random(4044)
DIG = string.digits
UP = string.ascii_uppercase
ALNUM = string.ascii_letters + string.digits
B64URL = ALNUM + "-_"


def rs(alphabet, n):
    return "".join(R.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- cards
def card(prefix, length):
    body = prefix + rs(DIG, length - 1 - len(prefix))
    return body + luhn_digit(body)


def bad_card(prefix, length):
    good = card(prefix, length)
    wrong = str((int(good[-1]) + 1 + R.randrange(8)) % 10)
    return good[:-1] + wrong


def group(num, sizes, sep):
    out, i = [], 0
    for s in sizes:
        out.append(num[i:i + s])
        i += s
    if i < len(num):
        out.append(num[i:])
    return sep.join(out)


def visa(sep=" "):
    return group(card("4", 16), [4, 4, 4, 4], sep)


def mc(sep=" "):
    return group(card(str(R.randint(51, 55)), 16), [4, 4, 4, 4], sep)


def mc2(sep=" "):
    return group(card(str(R.randint(2221, 2720)), 16), [4, 4, 4, 4], sep)


def amex(sep=" "):
    return group(card(R.choice(["34", "37"]), 15), [4, 6, 5], sep)


def discover(sep=" "):
    return group(card(R.choice(["6011", "65", "644", "649"]), 16), [4, 4, 4, 4], sep)


# ---------------------------------------------------------------- IBAN
def iban(country, bban, spaced=True, good=True):
    check = 98 - mod97(bban + country + "00")
    if not good:
        check = (check + 1 + R.randrange(90)) % 97 + 2
        if check == 98 - mod97(bban + country + "00"):
            check = check % 97 + 1
    raw = f"{country}{check:02d}{bban}"
    if good:
        assert mod97(bban + raw[:4]) == 1
    else:
        assert mod97(bban + raw[:4]) != 1
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)) if spaced else raw


BBAN = {
    "DE": lambda: rs(DIG, 18),
    "GB": lambda: R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rs(DIG, 14),
    "FR": lambda: rs(DIG, 10) + rs(UP + DIG, 11) + rs(DIG, 2),
    "NL": lambda: R.choice(["ABNA", "RABO", "INGB", "TRIO"]) + rs(DIG, 10),
    "ES": lambda: rs(DIG, 20),
    "IT": lambda: R.choice(UP) + rs(DIG, 10) + rs(UP + DIG, 12),
    "IE": lambda: R.choice(["AIBK", "BOFI"]) + rs(DIG, 14),
    "CH": lambda: rs(DIG, 5) + rs(UP + DIG, 12),
    "BE": lambda: rs(DIG, 12),
    "AT": lambda: rs(DIG, 16),
    "PL": lambda: rs(DIG, 24),
    "PT": lambda: rs(DIG, 21),
    "NO": lambda: rs(DIG, 11),
    "LU": lambda: rs(DIG, 3) + rs(UP + DIG, 13),
    "SE": lambda: rs(DIG, 20),
    "DK": lambda: rs(DIG, 14),
}


def ib(country, spaced=True, good=True):
    return iban(country, BBAN[country](), spaced, good)


# ---------------------------------------------------------------- US numbers
def ssn(sep="-"):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{sep}{R.randint(1, 99):02d}{sep}{R.randint(1, 9999):04d}"


def itin(sep="-"):
    mid = R.choice(list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
    return f"9{R.randint(0, 99):02d}{sep}{mid:02d}{sep}{R.randint(0, 9999):04d}"


AREAS = ["212", "312", "415", "617", "646", "702", "713", "206", "303", "404", "503", "512", "602", "718", "917"]


def nanp(style):
    a, b, c = R.choice(AREAS), str(R.randint(2, 9)) + rs(DIG, 2), rs(DIG, 4)
    return {
        "paren": f"({a}) {b}-{c}",
        "dash": f"{a}-{b}-{c}",
        "dot": f"{a}.{b}.{c}",
        "plus": f"+1 {a} {b} {c}",
        "plusdash": f"+1-{a}-{b}-{c}",
        "one": f"1-{a}-{b}-{c}",
        "e164": f"+1{a}{b}{c}",
        "plusparen": f"+1 ({a}) {b}-{c}",
    }[style]


INTL = [
    lambda: f"+44 20 7{rs(DIG, 3)} {rs(DIG, 4)}",
    lambda: f"+44 7{R.randint(400, 999)} {rs(DIG, 6)}",
    lambda: f"+49 30 {rs(DIG, 8)}",
    lambda: f"+49 151 {rs(DIG, 4)} {rs(DIG, 4)}",
    lambda: f"+33 6 {rs(DIG, 2)} {rs(DIG, 2)} {rs(DIG, 2)} {rs(DIG, 2)}",
    lambda: f"+33 1 {rs(DIG, 2)} {rs(DIG, 2)} {rs(DIG, 2)} {rs(DIG, 2)}",
    lambda: f"+91 9{rs(DIG, 4)} {rs(DIG, 5)}",
    lambda: f"+61 4{rs(DIG, 2)} {rs(DIG, 3)} {rs(DIG, 3)}",
    lambda: f"+81 90-{rs(DIG, 4)}-{rs(DIG, 4)}",
    lambda: f"+353 87 {rs(DIG, 3)} {rs(DIG, 4)}",
    lambda: f"+52 55 {rs(DIG, 4)} {rs(DIG, 4)}",
    lambda: f"+55 11 9{rs(DIG, 4)}-{rs(DIG, 4)}",
    lambda: f"+27 82 {rs(DIG, 3)} {rs(DIG, 4)}",
    lambda: f"+65 9{rs(DIG, 3)} {rs(DIG, 4)}",
    lambda: f"+971 50 {rs(DIG, 3)} {rs(DIG, 4)}",
    lambda: f"+34 6{rs(DIG, 2)} {rs(DIG, 2)} {rs(DIG, 2)} {rs(DIG, 2)}",
    lambda: f"+39 06 {rs(DIG, 4)} {rs(DIG, 4)}",
    lambda: f"+31 6 {rs(DIG, 8)}",
    lambda: f"+447{R.randint(400, 999)}{rs(DIG, 6)}",
    lambda: f"+4917{rs(DIG, 9)}",
    lambda: f"+86 138 {rs(DIG, 4)} {rs(DIG, 4)}",
    lambda: f"+48 {R.randint(500, 899)} {rs(DIG, 3)} {rs(DIG, 3)}",
]
_intl_i = [0]


def intl():
    f = INTL[_intl_i[0] % len(INTL)]
    _intl_i[0] += 1
    return f()


# ---------------------------------------------------------------- network
def ipv4_public():
    return f"{R.choice([23, 34, 52, 81, 91, 104, 142, 151, 185, 203])}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def ipv4_private():
    return R.choice([f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}"])


def h4():
    return format(R.randint(1, 0xffff), "x")


def ipv6(kind):
    if kind == "full":
        return ":".join(format(R.randint(0, 0xffff), "04x") for _ in range(8))
    if kind == "doc":
        return f"2001:db8:{h4()}:{h4()}::{h4()}"
    if kind == "ll":
        return f"fe80::{h4()}:{h4()}:{h4()}:{h4()}"
    if kind == "lo":
        return "::1"
    if kind == "tail":
        return f"2a02:{h4()}:{h4()}::{h4()}:{h4()}"
    if kind == "upper":
        return f"2607:F8B0:{h4()}::{h4()}".upper()
    raise ValueError(kind)


def mac(style):
    b = [R.randint(0, 255) for _ in range(6)]
    if style == "colon":
        return ":".join(f"{x:02X}" for x in b)
    if style == "lcolon":
        return ":".join(f"{x:02x}" for x in b)
    if style == "dash":
        return "-".join(f"{x:02X}" for x in b)
    if style == "cisco":
        h = "".join(f"{x:02x}" for x in b)
        return f"{h[0:4]}.{h[4:8]}.{h[8:12]}"
    raise ValueError(style)


# ---------------------------------------------------------------- crypto


def btc_legacy():
    return b58check(0, bytes(R.randrange(256) for _ in range(20)))


def btc_p2sh():
    return b58check(5, bytes(R.randrange(256) for _ in range(20)))


def btc_bech32():
    return bech32_encode("bc", [0] + five_bit_groups(bytes(R.randrange(256) for _ in range(20))))


def eth():
    return "0x" + rs("0123456789abcdef", 40)


# ---------------------------------------------------------------- secrets
def aws_key():
    return R.choice(["AKIA", "ASIA"]) + rs(UP + "234567", 16)


def aws_secret():
    return rs(ALNUM + "/+", 40)


def gh_token():
    return R.choice(["ghp_", "gho_", "ghs_"]) + rs(ALNUM, 36)


def gh_pat():
    return "github_pat_11" + rs(UP + DIG, 20) + "_" + rs(ALNUM, 59)


def openai_key():
    return R.choice(["sk-proj-" + rs(B64URL, 56) + "T3BlbkFJ" + rs(B64URL, 56), "sk-" + rs(ALNUM, 48)])


def anthropic_key():
    return "sk-ant-api03-" + rs(B64URL, 93) + "AA"


def stripe_key():
    return R.choice(["sk_live_", "rk_live_", "sk_test_"]) + rs(ALNUM, R.choice([24, 34, 99]))


def slack_token():
    return R.choice(["xoxb-", "xoxp-"]) + rs(DIG, 12) + "-" + rs(DIG, 13) + "-" + rs(ALNUM, 24)


def slack_hook():
    return f"https://hooks.slack.com/services/T{rs(UP + DIG, 8)}/B{rs(UP + DIG, 10)}/{rs(ALNUM, 24)}"


def google_key():
    return "AIza" + rs(B64URL, 35)


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt():
    head = b64u(json.dumps({"alg": R.choice(["HS256", "RS256"]), "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64u(json.dumps({"sub": rs(DIG, 8), "name": R.choice(["Dana Reyes", "Omar Haddad", "Li Wei"]),
                            "iat": 1710000000 + R.randint(0, 9999999)}, separators=(",", ":")).encode())
    return f"{head}.{body}.{b64u(bytes(R.randrange(256) for _ in range(32)))}"


def pem(kind="RSA PRIVATE KEY"):
    lines = [base64.b64encode(bytes(R.randrange(256) for _ in range(48))).decode() for _ in range(3)]
    return f"-----BEGIN {kind}-----\\n" + "\\n".join(lines) + f"\\n-----END {kind}-----"


def pwd():
    return R.choice(["Tr0ub4dor&3", "hunter2-Blue!", "S3cure#Pass2024", "Winter!2023x", "p@ssW0rd-77", "Zebra$Moon91",
                     "K9#vLq2!mR", "correct-horse-88!"])


# ---------------------------------------------------------------- people and places
FIRST = ["john", "maria", "priya", "kenji", "fatima", "lucas", "anna", "tom", "aisha", "diego", "chloe", "ivan", "mei",
         "oliver", "sofia", "noah", "emma", "raj", "hannah", "carlos"]
LAST = ["doe", "gonzalez", "sharma", "tanaka", "alsayed", "martin", "kowalski", "nguyen", "okafor", "silva", "dubois",
        "petrov", "chen", "brown", "rossi", "fischer", "patel", "murphy", "larsen", "yilmaz"]
DOMAINS = ["contoso.com", "fabrikam.io", "gmail.com", "outlook.com", "acme-corp.co.uk", "mail.northwind.org",
           "yahoo.fr", "proton.me", "uni-heidelberg.de", "hospital.nhs.uk", "startup.ai", "example.com", "example.org"]


def email(domain=None):
    f, l = R.choice(FIRST), R.choice(LAST)
    local = R.choice([f"{f}.{l}", f"{f}{l[0]}", f"{f[0]}{l}", f"{f}_{l}{R.randint(1, 99)}", f"{f}.{l}+billing",
                      f"{f.capitalize()}.{l.capitalize()}"])
    return f"{local}@{domain or R.choice(DOMAINS)}"


def dob_numeric():
    return f"{R.randint(1, 12):02d}/{R.randint(1, 28):02d}/{R.randint(1950, 2004)}"


def dob_iso():
    return f"{R.randint(1950, 2004)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}"


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def dob_long():
    return f"{R.choice(MONTHS)} {R.randint(1, 28)}, {R.randint(1950, 2004)}"


def dob_euro():
    return f"{R.randint(1, 28)} {R.choice(MONTHS)} {R.randint(1950, 2004)}"


def passport():
    return R.choice([rs(DIG, 9), R.choice(UP) + rs(DIG, 8)])


def dl():
    return R.choice([R.choice(UP) + rs(DIG, 7), rs(DIG, 8), f"{R.choice(UP)}{rs(DIG, 3)}-{rs(DIG, 4)}-{rs(DIG, 4)}"])


def mrn():
    return R.choice([rs(DIG, 8), rs(DIG, 7), rs(DIG, 6)])


# ---------------------------------------------------------------- rows
ROWS = []


def P(types, text):
    ROWS.append((types, text))


def N(text):
    ROWS.append(("NONE", text))


def build():
    # --- e-mail drafting, support, HR -------------------------------------------------------------------
    P("EMAIL,CREDIT_CARD", f"Can you draft an email to {email('contoso.com')} about my card {mc()} being declined?")
    P("EMAIL", f"{email()} is my work address, please use it for the calendar invite.")
    P("EMAIL", f"Write a polite follow-up to the recruiter ({email('fabrikam.io')}) asking about next steps.")
    P("EMAIL", f"Reply-To should be \"{email()}\" and the subject 'Refund request'.")
    P("EMAIL,PHONE", f"Summarize this signature: Kind regards, Anna Kowalski | {email('acme-corp.co.uk')} | {intl()}")
    P("EMAIL", f"My manager's address is <{email('mail.northwind.org')}>; cc him on the summary.")
    P("EMAIL", f"Translate to French: 'Please send the signed contract to {email('example.com')}.'")
    P("EMAIL", f"Is {email('example.org')} a valid format for a placeholder address in docs?")
    P("EMAIL,EMAIL", f"Merge these two contacts: {email()}, {email()}.")
    P("EMAIL", f"Unsubscribe me — the address is {email().upper()}!")
    P("EMAIL,PHONE", f"Hi, I'm Fatima. Contact me at {email('gmail.com')} or {nanp('paren')} after 5pm.")
    P("PHONE", f"Call me back on {nanp('dash')}, I'm the one with the broken dishwasher.")
    P("PHONE", f"{nanp('paren')} is the number on the account; can you check if it's linked to my profile?")
    P("PHONE", f"My mobile (UK) is {intl()}. Text me when the parcel arrives.")
    P("PHONE", f"Customer says: \"you can reach me at {nanp('dot')}\" - log it in the CRM.")
    P("PHONE", f"Format this number for E.164: {nanp('paren')}")
    P("PHONE", f"The hotline moved to {nanp('one')}.")
    P("PHONE,PHONE", f"Office: {intl()}, cell: {intl()}. Which one should go on the business card?")
    P("PHONE", f"Write an SMS to {intl()} reminding her of the dentist appointment.")
    P("PHONE", f"Emergency contact (my sister in Berlin): {intl()}")
    P("PHONE", f"Can you tell me which country uses the code in {intl()}?")
    P("PHONE", f"Our WhatsApp support line is {intl()}; add it to the FAQ.")
    P("PHONE", f"Dial {nanp('plus')} from abroad.")
    P("PHONE", f"whatsapp me at {intl()} pls")
    P("PHONE", f"Update my phone to {nanp('e164')}.")
    P("PHONE", f"Tel.: {intl()} (ask for reception)")
    P("PHONE", f"Please ring {intl()} to confirm the booking.")
    P("PHONE", f"The vendor's number in Mexico City is {intl()}.")
    P("PHONE", f"He gave me {intl()} but it goes to voicemail.")
    P("PHONE,EMAIL", f"New hire details: phone {nanp('plusparen')}, personal email {email('outlook.com')}.")
    P("PHONE", f"[{nanp('plusdash')}] was written on the sticky note; who does it belong to?")
    P("PHONE", f"Send the OTP to {intl()}; the old number is disconnected.")

    # --- payments ------------------------------------------------------------------------------------------
    P("CREDIT_CARD", f"My Visa {visa()} was charged twice for the same order, help me write a dispute.")
    P("CREDIT_CARD", f"{visa('-')} - that's the card I used, why was it declined?")
    P("CREDIT_CARD", f"Is this Amex number valid: {amex()}?")
    P("CREDIT_CARD", f"Please update billing to card {mc2('-')}, exp 09/27.")
    P("CREDIT_CARD", f"Pay with {discover()} (Discover).")
    P("CREDIT_CARD", f"card number \"{mc('')}\" cvv 123")
    P("CREDIT_CARD", f"I typed {visa('')} into the form and it said invalid.")
    P("CREDIT_CARD,PHONE", f"Customer called from {nanp('dash')} to report card {mc()} stolen.")
    P("CREDIT_CARD", f"Charge {amex('-')}; the client approved it by phone.")
    P("CREDIT_CARD", f"Use the Mastercard ending in... actually here's the full number: {mc2()}.")
    P("CREDIT_CARD", f"Old card: {group(card('4', 13), [4, 4, 5], ' ')} (13-digit Visa from 2009)")
    P("CREDIT_CARD", f"Refund to {discover('-')} please!")
    P("CREDIT_CARD,EMAIL", f"Send the receipt for {visa()} to {email()}.")
    P("CREDIT_CARD", f"Corporate card: {group(card('4', 19), [4, 4, 4, 4, 3], ' ')}")
    P("CREDIT_CARD,CREDIT_CARD", f"Which of these is the Amex, {amex()} or {mc()}?")

    # --- banking ---------------------------------------------------------------------------------------------
    P("IBAN", f"Transfer EUR 450 to {ib('DE')} (my landlord, reference 'March rent').")
    P("IBAN", f"Can you check whether {ib('GB')} is a UK account?")
    P("IBAN", f"{ib('FR')} is the beneficiary account; write the SEPA instruction.")
    P("IBAN", f"IBAN: {ib('NL')}")
    P("IBAN", f"My Spanish account {ib('ES', spaced=False)} still receives the pension.")
    P("IBAN", f"Please pay the invoice to \"{ib('IT')}\".")
    P("IBAN", f"Update payroll: new IBAN {ib('IE')}.")
    P("IBAN", f"Swiss account for the deposit: {ib('CH')}")
    P("IBAN", f"Draft a letter to the bank to close account {ib('BE')}.")
    P("IBAN", f"The supplier in Vienna uses {ib('AT', spaced=False)}, BIC RZBAATWW.")
    P("IBAN", f"rachunek: {ib('PL')}")
    P("IBAN,EMAIL", f"Refund to {ib('PT')} and confirm to {email('proton.me')}.")
    P("IBAN", f"Is ({ib('NO')}) a Norwegian IBAN?")
    P("IBAN", f"Beneficiary IBAN {ib('LU')}, amount 1,200.00 EUR.")
    P("IBAN", f"Salary goes to {ib('SE')}.")
    P("IBAN,IBAN", f"Move the savings from {ib('DK')} to {ib('DE')}.")
    P("IBAN", f"{ib('GB', spaced=False)}")

    # --- identity numbers ------------------------------------------------------------------------------------
    P("SSN", f"My SSN is {ssn()}, can you fill in the W-4 for me?")
    P("SSN", f"{ssn()} is the social security number on my card; is it masked properly in this form?")
    P("SSN", f"Employee record: name Tom Murphy, SSN: {ssn()}.")
    P("SSN", f"social security no. {ssn(' ')}")
    P("SSN,DATE_OF_BIRTH", f"Patient intake: SSN {ssn()}, DOB {dob_numeric()}.")
    P("SSN", f"Why does the IRS letter mention ({ssn()})?")
    P("ITIN", f"I don't have an SSN, my ITIN is {itin()}.")
    P("ITIN", f"Tax ID (ITIN): {itin()}")
    P("PASSPORT", f"My passport number is {passport()}, expiring 2031.")
    P("PASSPORT", f"Fill in the visa form: passport no. {passport()}, issued in Boston.")
    P("PASSPORT", f"US passport {passport()} - is it still valid for travel to Japan?")
    P("DRIVERS_LICENSE", f"My driver's license number is {dl()}; the DMV says it's suspended.")
    P("DRIVERS_LICENSE", f"Driver license: {dl()} (Texas)")
    P("DRIVERS_LICENSE", f"Rental form: DL# {dl()}, state CA.")
    P("MEDICAL_RECORD_NUMBER", f"Patient MRN {mrn()} needs a follow-up in two weeks.")
    P("MEDICAL_RECORD_NUMBER", f"Summarize the discharge note for medical record number {mrn()}.")
    P("MEDICAL_RECORD_NUMBER", f"Lab order for MRN-{rs(DIG, 6)}: CBC and lipid panel.")
    P("MEDICAL_RECORD_NUMBER,DATE_OF_BIRTH", f"MRN: {mrn()}; date of birth: {dob_long()}.")
    P("DATE_OF_BIRTH", f"I was born on {dob_long()} - how old am I?")
    P("DATE_OF_BIRTH", f"DOB: {dob_iso()}")
    P("DATE_OF_BIRTH", f"Date of birth {dob_euro()}, place of birth Lyon.")
    P("DATE_OF_BIRTH,EMAIL", f"Register my son (born {dob_numeric()}) and send confirmation to {email()}.")
    P("DATE_OF_BIRTH", f"Birthdate: {dob_numeric()}.")
    P("DATE_OF_BIRTH,PASSPORT", f"Traveller: Mei Chen, D.O.B. {dob_numeric()}, passport number {passport()}.")
    P("SSN,PHONE,EMAIL", f"HR request: update Priya Sharma's file - SSN {ssn()}, phone {nanp('dash')}, email {email()}.")
    P("DRIVERS_LICENSE,DATE_OF_BIRTH", f"Verify identity: driver's licence {dl()}, DOB {dob_numeric()}.")

    # --- developers: secrets ---------------------------------------------------------------------------------
    P("SECRET", f"Why does boto3 fail with AWS_ACCESS_KEY_ID={aws_key()}?")
    P("SECRET,SECRET", f"[default]\\naws_access_key_id = {aws_key()}\\naws_secret_access_key = {aws_secret()}\\nregion = eu-west-1")
    P("SECRET", f"git push fails, my token is {gh_token()} - what scopes do I need?")
    P("SECRET", f"export GITHUB_TOKEN=\"{gh_pat()}\"")
    P("SECRET", f"Here's my OpenAI key {openai_key()}, why do I get 429s?")
    P("SECRET", f"client = OpenAI(api_key='{openai_key()}')")
    P("SECRET", f"ANTHROPIC_API_KEY={anthropic_key()}")
    P("SECRET", f"Debug this: anthropic.Anthropic(api_key=\"{anthropic_key()}\") returns 401.")
    P("SECRET", f"stripe.api_key = \"{stripe_key()}\"")
    P("SECRET", f"Is {stripe_key()} a test or live key?")
    P("SECRET", f"The bot uses {slack_token()} and can't post to #general.")
    P("SECRET", f"Our alerts go to {slack_hook()} - can you write a curl example?")
    P("SECRET", f"Maps JS fails: key={google_key()}&callback=initMap")
    P("SECRET", f"Decode this token for me: {jwt()}")
    P("SECRET", f"curl -H \"Authorization: Bearer {jwt()}\" https://api.internal/v1/me")
    P("SECRET", f"Why won't ssh accept this key?\\n{pem()}")
    P("SECRET", f"{pem('OPENSSH PRIVATE KEY')}\\nthat's id_ed25519, should I commit it?")
    P("SECRET", f"{pem('EC PRIVATE KEY')}")
    P("SECRET", f"db:\\n  host: localhost\\n  user: app\\n  password: {pwd()}")
    P("SECRET", f"Login keeps failing with password={pwd()} on the staging box.")
    P("SECRET", f"config.yaml has api_key: \"{rs(ALNUM, 32)}\" - is it safe to share?")
    P("SECRET", f"DATABASE_URL=postgres://app:{pwd().replace('@', '').replace('#', '').replace('&', '')}@db.internal:5432/prod")
    P("SECRET", f"{{\"api_key\": \"{rs(ALNUM, 40)}\", \"timeout\": 30}}")
    P("SECRET", f"my wifi password is {pwd()}, write it on a card for guests")
    P("SECRET", f"const token = '{gh_token()}';")
    P("SECRET,SECRET", f"Rotate these: {aws_key()} and {google_key()}.")
    P("SECRET", f"SECRET_KEY='{rs(ALNUM + '!$%^*', 50)}'")
    P("SECRET", f"The API returns 401 with x-api-key: {openai_key()}")

    # --- developers: logs, IPs, MACs ------------------------------------------------------------------------
    P("IP_ADDRESS", f"nginx log: {ipv4_public()} - - [14/Mar/2024:09:26:53 +0000] \"GET /login HTTP/1.1\" 401 512")
    P("IP_ADDRESS", f"{ipv4_private()} can't reach the gateway, any ideas?")
    P("IP_ADDRESS", f"Block the attacker at {ipv4_public()}.")
    P("IP_ADDRESS", f"ssh admin@{ipv4_public()} times out (port 22 open).")
    P("IP_ADDRESS", f"Postgres listens on {ipv4_private()}:5432 but the app connects to localhost.")
    P("IP_ADDRESS", f"Whitelist ({ipv4_public()}) in the security group.")
    P("IP_ADDRESS", f"Ping {ipv6('doc')} fails but IPv4 works.")
    P("IP_ADDRESS", f"Bind the server to {ipv6('lo')} only.")
    P("IP_ADDRESS", f"My link-local address is {ipv6('ll')}; is that normal?")
    P("IP_ADDRESS", f"Full IPv6 of the host: {ipv6('full')}.")
    P("IP_ADDRESS", f"curl http://[{ipv6('tail')}]:8080/health returns 503")
    P("IP_ADDRESS", f"Google DNS over v6 resolves via {ipv6('upper')}")
    P("IP_ADDRESS,IP_ADDRESS", f"Route traffic from {ipv4_private()} to {ipv4_public()} through the VPN.")
    P("IP_ADDRESS,IP_ADDRESS", f"Dual-stack host: {ipv4_public()} / {ipv6('tail')}")
    P("IP_ADDRESS", f"Error: connect ECONNREFUSED {ipv4_private()}:6379")
    P("IP_ADDRESS", f"The CIDR for the office is {ipv4_public()}/32, add it to the allowlist.")
    P("MAC_ADDRESS", f"My laptop's MAC is {mac('colon')}, add it to the DHCP reservation.")
    P("MAC_ADDRESS", f"Wake-on-LAN to {mac('dash')} isn't working.")
    P("MAC_ADDRESS", f"arp shows {mac('lcolon')} twice.")
    P("MAC_ADDRESS", f"Switch port 7 learned {mac('cisco')}; which vendor is that?")
    P("MAC_ADDRESS,IP_ADDRESS", f"DHCP lease: {mac('lcolon')} -> {ipv4_private()} (printer)")
    P("IP_ADDRESS,SECRET", f"Connect to redis at {ipv4_private()} with password={pwd()}")
    P("EMAIL,IP_ADDRESS", f"Failed login for {email('startup.ai')} from {ipv4_public()} at 03:12 UTC.")

    # --- crypto ----------------------------------------------------------------------------------------------
    P("CRYPTO_ADDRESS", f"Send 0.05 BTC to {btc_legacy()}.")
    P("CRYPTO_ADDRESS", f"Is {btc_bech32()} a segwit address?")
    P("CRYPTO_ADDRESS", f"My ETH wallet: {eth()}")
    P("CRYPTO_ADDRESS", f"{btc_p2sh()} is the multisig; verify it please.")
    P("CRYPTO_ADDRESS", f"Donations (ETH) go to \"{eth()}\".")
    P("CRYPTO_ADDRESS,EMAIL", f"Pay the freelancer in BTC ({btc_bech32()}) and email {email()}.")

    # --- longer mixed prompts ----------------------------------------------------------------------------------
    P("EMAIL,PHONE,IBAN",
      f"Please write a formal complaint. Sender: Lucas Martin, {email('yahoo.fr')}, {intl()}. The bank debited {ib('FR')} twice.")
    P("EMAIL,CREDIT_CARD,PHONE",
      f"Support ticket #48213: customer {email()} says card {visa()} was charged $89.99 twice; callback {nanp('paren')}.")
    P("DATE_OF_BIRTH,MEDICAL_RECORD_NUMBER,PHONE",
      f"Intake form - Name: Aisha Okafor; Date of Birth: {dob_numeric()}; MRN {mrn()}; Phone: {nanp('dash')}.")
    P("SECRET,IP_ADDRESS,EMAIL",
      f"Logs: user={email('fabrikam.io')} ip={ipv4_public()} token={jwt()}")
    P("IBAN,PHONE",
      f"Hola, quiero transferir 300 EUR a {ib('ES')}. Mi teléfono es {intl()}.")
    P("EMAIL,PHONE",
      f"Bitte antworte Herrn Fischer ({email('uni-heidelberg.de')}, Tel. {intl()}) auf Deutsch.")
    P("SSN,CREDIT_CARD,EMAIL",
      f"I'm applying for a loan. SSN: {ssn()}. Card on file: {mc2()}. Email: {email()}. Can you check my form?")
    P("SECRET,SECRET",
      f"Here's my .env, why does the app crash?\\nOPENAI_API_KEY={openai_key()}\\nSTRIPE_SECRET_KEY={stripe_key()}\\nDEBUG=true")
    P("PHONE,EMAIL,DATE_OF_BIRTH",
      f"Emergency contact form: mother, {nanp('paren')}, {email('gmail.com')}; my date of birth is {dob_iso()}.")
    P("IP_ADDRESS,MAC_ADDRESS,SECRET",
      f"Router config dump: wan_ip={ipv4_public()} lan_mac={mac('colon')} admin_password={pwd()}")


def negatives():
    N("Can you draft an email to my landlord about the broken heater? Keep it polite.")
    N(f"Invoice INV-2024-{rs(DIG, 6)} is overdue by 30 days; write a reminder.")
    N(f"Order #{rs(DIG, 9)} shipped yesterday, when will it arrive?")
    N(f"My UPS tracking number is 1Z{rs(UP + DIG, 6)}{rs(DIG, 10)}, where is the package?")
    N(f"FedEx tracking {rs(DIG, 4)} {rs(DIG, 4)} {rs(DIG, 4)} shows 'delivered' but nothing arrived.")
    N(f"Reference number {bad_card('4', 16)} was rejected by the portal.")
    N(f"The gift card code {group(bad_card('5', 16), [4, 4, 4, 4], ' ')} doesn't work.")
    N(f"Loyalty card {group(bad_card('4', 16), [4, 4, 4, 4], '-')} shows zero points.")
    N(f"Member ID {bad_card('6011', 16)}; please check the benefits.")
    N("My card ending in 4242 was declined, what should I do?")
    N("The last four digits of my SSN are 6789, is that enough to verify?")
    N(f"Is {ib('DE', good=False)} a valid IBAN? The bank rejected it.")
    N(f"The form shows {ib('GB', good=False)}, which fails validation.")
    N(f"Typo check: {ib('FR', good=False)} was copied from an old letter.")
    N(f"Account ref {ib('NL', spaced=False, good=False)} bounced.")
    N("SWIFT/BIC is DEUTDEFFXXX, what bank is that?")
    N("The timestamp 2024-03-14T09:26:53Z is in UTC; convert it to PST.")
    N("Logs start at 09:26:53.123 and end at 11:02:10.456.")
    N("Unix epoch 1710408413 - what date is that?")
    N("Upgrade from v2.14.3 to 3.0.1 broke our build.")
    N("We pinned numpy==1.26.4 and pandas==2.2.1.")
    N("Build 4.18.2.1043 fails on Windows only.")
    N("The OID 1.2.840.113549.1.1.11 means sha256WithRSAEncryption, right?")
    N("ISBN 978-0-306-40615-7 - is that the second edition?")
    N("Call the function with timeout=30 and retries=5.")
    N("What does HTTP 503 mean?")
    N("Meeting moved to 3:30 pm on 04/15/2025 in room 12-104.")
    N("The appointment is on 2025-06-02 at 10:00.")
    N("Our office hours are 9:00-17:30, Monday to Friday.")
    N("Price went from $1,299.99 to $1,049.00 overnight.")
    N("The population of Chicago is about 2,665,039 people.")
    N("Use the ratio 16:9 for the video and 4:3 for the slides.")
    N("Coordinates 48.8584, 2.2945 are the Eiffel Tower.")
    N("Patch IP 10.0.0.256? That octet is out of range, right?")
    N("Is 999.12.4.1 a valid IPv4 address?")
    N("A /24 network has 256 addresses, 254 of them usable.")
    N("Commit a3f9c2e1b7d04e5f8a6b9c0d1e2f3a4b5c6d7e8f introduced the bug.")
    N("sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
    N("Request id 3f2b8c9e-4d1a-4e6b-9a7c-2d5e8f1a0b3c failed with 500.")
    N("The container id is 4b2e9f1c7a3d; restart it.")
    N("Set password=******** in the template and let users fill it in.")
    N("Put api_key=${OPENAI_API_KEY} in the compose file, never the real key.")
    N("Replace <your-api-key> with the key from the dashboard.")
    N("How do I reset my password? The link in the email expired.")
    N("The password must be at least 12 characters long.")
    N("What's the difference between an API key and an OAuth token?")
    N("Explain how JWTs are signed, with no real token please.")
    N("Our GitHub org is @octollm and the repo is octollm/reflex.")
    N("Tag @maria_gonzalez in the Slack thread about the release.")
    N("npm install @angular/core@17.3.0 fails with ERESOLVE.")
    N("Temperature readings: 36.6, 37.2, 38.1 degrees.")
    N("The flight BA 2490 departs at 14:35 from gate B12.")
    N("Room 404, floor 3, building 7.")
    N("My employee number is E-10442; where do I find my payslip?")
    N(f"Case number CN-{rs(DIG, 8)} was escalated to tier 2.")
    N(f"Ticket {rs(DIG, 3)}-{rs(DIG, 2)}-{rs(DIG, 5)} is still open.")
    N("SSN-like test value 000-12-3456 is invalid by design, right?")
    N("Why is 666-45-1234 never issued as a social security number?")
    N("The sample 123-00-4567 has a zero group, so it can't be real.")
    N("Part number 750-12-0000 is out of stock.")
    N("Serial: SN-2023-11-0042-B")
    N("ZIP code 94107 and 10001 are both in my delivery zone.")
    N("Calculate 4532 + 1234 * 8765 / 12.")
    N("Matrix size 1024x768, batch 64, lr 0.0003.")
    N("The phone extension is ext. 4417, ask for Dana.")
    N("Your order number is 2125550198, keep it for returns.")
    N("Call 911 in an emergency, or 112 in Europe.")
    N("Product code 0012-3456-7890 appears on the box.")
    N("The model name is GPT-4o and the context is 128k.")
    N("Version string: 10.0.19045.4170 (Windows 10).")
    N("Docker image nginx:1.25.3-alpine pulls fine.")
    N("The ratio is 12:34:56 according to the report.")
    N("Write a haiku about autumn leaves.")
    N("Summarize the plot of Hamlet in three sentences.")
    N("Translate 'good morning, how are you?' into Spanish.")
    N("What's the capital of Australia?")
    N("Help me plan a 5-day trip to Lisbon in October.")
    N("Give me a recipe for vegan lasagna for 6 people.")
    N("How many grams of protein are in 200 g of chicken breast?")
    N("Explain the difference between TCP and UDP for a beginner.")
    N("Write a SQL query that counts orders per customer in 2023.")
    N("Patient reports headache for 3 days, BP 130/85, temp 37.8.")
    N("Dosage: 500 mg twice daily for 10 days.")
    N("My account was created on 2019-07-22, can I get a loyalty bonus?")
    N("The medical record format uses 8 digits, but I don't have mine with me.")
    N("Which documents do I need to renew a passport?")
    N("How do I apply for an ITIN if I'm not eligible for an SSN?")
    N("The package weighs 2.5 kg and measures 30x20x15 cm.")
    N("Bitcoin hit 68,000 USD in March 2024.")
    N("The Ethereum gas limit was set to 30000000.")
    N("IPv6 addresses use hexadecimal groups separated by colons.")
    N("Base64 of 'hello world' is aGVsbG8gd29ybGQ=.")
    N("Our IBAN format guide says German accounts have 22 characters.")
    N("Use sk-learn? No, the package is called scikit-learn.")
    N("Chapter 3, section 2.4.1, paragraph 7.")
    N("Score 3:1 at half-time, final 4:2.")
    N("Tracking ID: 9400 1000 0000 0000 0000 00 (USPS test label)")
    N(f"Batch {bad_card('9', 16)} was processed.")


def main():
    build()
    negatives()
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "..", "src", "test", "resources", "corpus", "pii-blind4.tsv")
    pos = [r for r in ROWS if r[0] != "NONE"]
    ents = sum(len(r[0].split(",")) for r in pos)
    with open(out, "w", encoding="utf-8") as f:
        f.write("# expected PII types (comma-separated, NONE for none) <TAB> text. Blind set 4, generated by "
                "tools/gen_pii_blind4.py (seed 4044); fake values only. \\n in text is a line break.\n")
        f.write("# Labelling: example.com-style placeholder addresses are EMAIL; masked/templated credentials are NONE; "
                "see the generator's docstring.\n")
        for t, text in ROWS:
            assert "\t" not in text and "\n" not in text, text
            f.write(f"{t}\t{text}\n")
    print(f"{len(ROWS)} texts, {len(pos)} positive with {ents} entities, {len(ROWS) - len(pos)} negatives")


if __name__ == "__main__":
    main()
