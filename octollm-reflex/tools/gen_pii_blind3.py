#!/usr/bin/env python3
"""Generates src/test/resources/corpus/pii-blind3.tsv: the third blind PII set.

Written before reading the other PII corpora or the scanner's rules, in the style a neutral benchmark author
would use for a reference test-suite: mostly ordinary one-line sentences ("My SSN is ...", "Call me at ...",
"Contact: ...", "Card: ...") carrying the common, canonical format of every type in roughly equal numbers,
moderate variety (case, punctuation around the entity, several entities per text), and realistic negatives
(checksum-invalid numbers, dates and numbers without a context word, versions, hashes, UUIDs, prose that
names a type without a value).

All values are synthetic, generated from a fixed seed; checksums (Luhn, IBAN mod-97, Base58Check, Bech32)
are computed here so that positives are valid and "invalid" negatives are invalid by construction.

Labelling conventions:
  * a PEM private-key block is one SECRET; an assignment `password=...` is one SECRET;
  * a phone number with an extension is one PHONE;
  * an address with a port (1.2.3.4:8080) or a prefix length (/24) is one IP_ADDRESS;
  * ITIN (9xx-7x/8x-xxxx) is only ITIN, never SSN;
  * a date is DATE_OF_BIRTH only next to a birth word; passport/licence/MRN need their context word.

Run: python3 tools/gen_pii_blind3.py  (from octollm-reflex/)
"""
import base64
import json
import os
import random
import string

from checksums import b58check, bech32_encode, five_bit_groups, iban_check_digits, luhn_digit

R = random.Random(3033)
ALNUM = string.ascii_letters + string.digits
UPPER_DIGITS = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"


def rs(alphabet, n):
    return "".join(R.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- checksums
def card(prefix, length):
    body = prefix + rs(string.digits, length - len(prefix) - 1)
    return body + luhn_digit(body)


def bad_card(prefix, length):
    good = card(prefix, length)
    last = str((int(good[-1]) + 1 + R.randrange(8)) % 10)
    return good[:-1] + last


def group(s, sizes, sep):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return sep.join(out)


def iban(country, bban):
    return f"{country}{iban_check_digits(country, bban):02d}{bban}"


def iban_grouped(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def bech32_addr(witver, program, const):
    return bech32_encode("bc", [witver] + five_bit_groups(program), const)


def rbytes(n):
    return bytes(R.randrange(256) for _ in range(n))


def btc_legacy():
    return b58check(0x00, rbytes(20))


def btc_p2sh():
    return b58check(0x05, rbytes(20))


def btc_bech32():
    return bech32_addr(0, rbytes(20), 1)


def btc_taproot():
    return bech32_addr(1, rbytes(32), 0x2BC830A3)


def eth():
    return "0x" + rs(HEX, 40)


def b64url(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


# ---------------------------------------------------------------- generators
FIRST = ["alice", "bob", "maria", "john", "priya", "wei", "fatima", "lucas", "emma", "omar", "sofia", "david",
         "chen", "olivia", "noah", "aisha", "liam", "yuki", "carlos", "hannah"]
LAST = ["smith", "johnson", "garcia", "lee", "patel", "nguyen", "brown", "kim", "martin", "rossi", "muller",
        "dubois", "silva", "cohen", "walker"]
DOMAINS = ["example.com", "example.org", "example.net", "mail.example.com", "company.example", "corp.example.co.uk",
           "university.example.edu", "shop-example.io", "example.de"]


def email():
    f, l, d = R.choice(FIRST), R.choice(LAST), R.choice(DOMAINS)
    form = R.randrange(6)
    if form == 0:
        return f"{f}.{l}@{d}"
    if form == 1:
        return f"{f[0]}{l}@{d}"
    if form == 2:
        return f"{f}_{l}{R.randrange(10, 99)}@{d}"
    if form == 3:
        return f"{f}+{R.choice(['news', 'work', 'billing'])}@{d}"
    if form == 4:
        return f"{f.capitalize()}.{l.capitalize()}@{d}"
    return f"{f}-{l}@{d}"


def ssn():
    while True:
        a = R.randrange(1, 900)
        if a != 666:
            break
    return f"{a:03d}-{R.randrange(1, 100):02d}-{R.randrange(1, 10000):04d}"


def itin():
    g = R.choice(list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
    return f"9{R.randrange(0, 100):02d}-{g}-{R.randrange(1, 10000):04d}"


def nanp_parts():
    return (f"{R.randrange(2, 10)}{R.randrange(0, 10)}{R.randrange(0, 10)}",
            f"{R.randrange(2, 10)}{R.randrange(0, 10)}{R.randrange(0, 10)}", f"{R.randrange(0, 10000):04d}")


def nanp(style):
    a, e, s = nanp_parts()
    return {
        "paren": f"({a}) {e}-{s}",
        "dash": f"{a}-{e}-{s}",
        "dot": f"{a}.{e}.{s}",
        "plus1": f"+1 {a} {e} {s}",
        "plus1dash": f"+1-{a}-{e}-{s}",
        "e164": f"+1{a}{e}{s}",
        "one": f"1-{a}-{e}-{s}",
        "paren1": f"+1 ({a}) {e}-{s}",
    }[style]


INTL = [
    lambda: f"+44 20 {R.randrange(7000, 8000)} {R.randrange(1000, 10000)}",
    lambda: f"+447{R.randrange(100, 1000)}{R.randrange(100000, 1000000)}",
    lambda: f"+49 30 {R.randrange(1000000, 100000000)}",
    lambda: f"+33 1 {R.randrange(10, 100)} {R.randrange(10, 100)} {R.randrange(10, 100)} {R.randrange(10, 100)}",
    lambda: f"+61 2 {R.randrange(1000, 10000)} {R.randrange(1000, 10000)}",
    lambda: f"+91 {R.randrange(70000, 100000)} {R.randrange(10000, 100000)}",
    lambda: f"+81 3 {R.randrange(1000, 10000)} {R.randrange(1000, 10000)}",
    lambda: f"+34 91 {R.randrange(100, 1000)} {R.randrange(10, 100)} {R.randrange(10, 100)}",
    lambda: f"+39 06 {R.randrange(1000, 10000)} {R.randrange(1000, 10000)}",
    lambda: f"+31 20 {R.randrange(100, 1000)} {R.randrange(1000, 10000)}",
    lambda: f"+4915{R.randrange(10000000, 100000000)}",
    lambda: f"+52 55 {R.randrange(1000, 10000)} {R.randrange(1000, 10000)}",
]


def visa():
    return card("4", 16)


def mastercard():
    return card(str(R.randrange(51, 56)), 16)


def mastercard2():
    return card(str(R.randrange(2221, 2721)), 16)


def amex():
    return card(R.choice(["34", "37"]), 15)


def discover():
    return card(R.choice(["6011", "65", str(R.randrange(644, 650))]), 16)


def card_fmt(num, sep):
    sizes = [4, 6, 5] if len(num) == 15 else [4, 4, 4, 4]
    return group(num, sizes, sep) if sep is not None else num


def ipv4():
    kind = R.randrange(4)
    if kind == 0:
        return f"192.168.{R.randrange(0, 256)}.{R.randrange(1, 255)}"
    if kind == 1:
        return f"10.{R.randrange(0, 256)}.{R.randrange(0, 256)}.{R.randrange(1, 255)}"
    if kind == 2:
        return f"203.0.113.{R.randrange(1, 255)}"
    return f"{R.randrange(11, 224)}.{R.randrange(0, 256)}.{R.randrange(0, 256)}.{R.randrange(1, 255)}"


def h4():
    return f"{R.randrange(0, 65536):x}"


def ipv6_full():
    return ":".join(f"{R.randrange(0, 65536):04x}" for _ in range(8))


def ipv6_compressed():
    kind = R.randrange(4)
    if kind == 0:
        return f"2001:db8::{h4()}"
    if kind == 1:
        return f"fe80::{h4()}:{h4()}:{h4()}:{h4()}"
    if kind == 2:
        return f"2001:db8:{h4()}:{h4()}::{h4()}"
    return f"2606:4700:{h4()}::{h4()}:{h4()}"


def iban_de():
    return iban("DE", rs(string.digits, 18))


def iban_gb():
    return iban("GB", R.choice(["NWBK", "BARC", "HBUK", "LOYD", "MIDL"]) + rs(string.digits, 14))


def iban_fr():
    return iban("FR", rs(string.digits, 23))


def iban_es():
    return iban("ES", rs(string.digits, 20))


def iban_it():
    return iban("IT", R.choice(string.ascii_uppercase) + rs(string.digits, 10) + rs(string.digits, 12))


def iban_nl():
    return iban("NL", R.choice(["ABNA", "INGB", "RABO", "TRIO"]) + rs(string.digits, 10))


def iban_other():
    c = R.choice(["BE", "CH", "AT"])
    if c == "BE":
        return iban("BE", rs(string.digits, 12))
    if c == "CH":
        return iban("CH", rs(string.digits, 17))
    return iban("AT", rs(string.digits, 16))


def mac(sep, upper=True):
    parts = [f"{R.randrange(0, 256):02X}" for _ in range(6)]
    s = sep.join(parts)
    return s if upper else s.lower()


def aws_key():
    return "AKIA" + rs(string.ascii_uppercase + "234567", 16)


def aws_secret():
    return rs(ALNUM + "/+", 40)


def github():
    return "ghp_" + rs(ALNUM, 36)


def openai():
    return "sk-" + rs(ALNUM, 48)


def openai_proj():
    return "sk-proj-" + rs(ALNUM + "_-", 64)


def anthropic():
    return "sk-ant-api03-" + rs(ALNUM + "_-", 93) + "AA"


def stripe():
    return "sk_live_" + rs(ALNUM, 24)


def slack():
    return f"xoxb-{rs(string.digits, 12)}-{rs(string.digits, 13)}-{rs(ALNUM, 24)}"


def google():
    return "AIza" + rs(ALNUM + "_-", 35)


def jwt():
    header = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    payload = b64url(json.dumps({"sub": str(R.randrange(10 ** 9)), "name": R.choice(FIRST).capitalize(),
                                 "iat": 1700000000 + R.randrange(10 ** 7)}, separators=(",", ":")).encode())
    return f"{header}.{payload}.{b64url(rbytes(32))}"


def pem(kind):
    body = base64.b64encode(rbytes(R.randrange(150, 260))).decode()
    lines = "\\n".join(body[i:i + 64] for i in range(0, len(body), 64))
    return f"-----BEGIN {kind}PRIVATE KEY-----\\n{lines}\\n-----END {kind}PRIVATE KEY-----"


def pw():
    return R.choice(["Sunset", "Tr0ub4dor", "Winter", "Blue", "Falcon", "Maple"]) + rs(string.digits, 3) + \
        R.choice(["!", "#", "$", "", "%"]) + rs(string.ascii_letters, 3)


def dob():
    y, m, d = R.randrange(1940, 2006), R.randrange(1, 13), R.randrange(1, 29)
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
    return R.choice([f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{m}/{d}/{y}", f"{months[m - 1]} {d}, {y}",
                     f"{m:02d}-{d:02d}-{y}"])


# ---------------------------------------------------------------- rows
rows = []


def add(labels, text):
    rows.append((",".join(labels) if labels else "NONE", text))


# EMAIL (18)
email_templates = [
    "Contact: {}", "Please email me at {}.", "My email is {}", "Send the invoice to {} by Friday.",
    "You can reach our support team at <{}>.", "Email: {}", "Reply to {} if you have questions.",
    "CC {} on the thread, please.", "Her address is {} (personal).", "mailto:{}", "Forwarding to {}...",
    "Is {} still your work address?", "Registered user: {}", "EMAIL: {}", "ping {} about the deploy",
    "From: \"Support\" <{}>", "Can you update my contact email to {}?", "Username {} failed to log in.",
]
for t in email_templates:
    e = email()
    add(["EMAIL"], t.format(e.upper() if t.startswith("EMAIL") else e))

# PHONE (20)
phone_rows = [
    ("Call me at {}", "dash"), ("My phone number is {}.", "paren"), ("Phone: {}", "dot"),
    ("You can text me on {}", "plus1"), ("Office line: {}", "plus1dash"), ("Reach me at {} after 5pm.", "e164"),
    ("Toll-free: {}", "one"), ("Cell {} (preferred)", "paren1"), ("Tel. {}, ask for Dana.", "dash"),
    ("Please call {} ext. 204 to confirm.", "paren"),
]
for t, style in phone_rows:
    add(["PHONE"], t.format(nanp(style)))
intl_templates = ["Call our London office on {}.", "Mobile: {}", "Ring me on {} when you land.",
                  "Berlin desk: {}", "Numéro : {}", "Sydney support {}", "WhatsApp {}",
                  "Tokyo office: {}", "Teléfono: {}", "Rome: {}", "Amsterdam front desk {}", "Handy: {}"]
for t, gen in zip(intl_templates, INTL):
    add(["PHONE"], t.format(gen()))

# SSN (16)
ssn_templates = ["My SSN is {}.", "SSN: {}", "Social Security Number: {}", "ssn {}",
                 "Employee SSN {} on file.", "Her social security number is {}", "SSN#: {}",
                 "Please verify SSN {} before payroll.", "Applicant: Jane Roe, SSN {}, DOB on file",
                 "The SSN you gave ({}) does not match.", "social security no. {}", "SSN={}",
                 "Taxpayer SSN: {}; filing status single."]
for t in ssn_templates:
    add(["SSN"], t.format(ssn()))
add(["SSN"], f"My social security number is {ssn().replace('-', ' ')}.")
add(["SSN"], f"SSN: {ssn().replace('-', '')}")
add(["SSN"], f"SSN (last updated 2023): {ssn()}")

# CREDIT_CARD (20)
card_rows = [
    ("Card: {}", visa, " "), ("My Visa is {}", visa, "-"), ("card number {}", visa, None),
    ("Mastercard {} exp 09/27", mastercard, " "), ("Pay with {}", mastercard, "-"), ("MC: {}", mastercard, None),
    ("Charge it to {}.", mastercard2, " "), ("Card no. {}", mastercard2, None),
    ("Amex: {}", amex, " "), ("My American Express card is {}", amex, "-"), ("AMEX {}", amex, None),
    ("Discover card {}", discover, " "), ("Discover: {}", discover, "-"), ("Use card {} for the deposit.", discover, None),
    ("Credit card: {}", visa, " "), ("CC#: {}", visa, None), ("Billing card ending in ... actually the full number is {}", mastercard, " "),
    ("Card {} was declined.", visa, "-"), ("Please refund to {}.", amex, " "), ("Visa {}, CVV on back", visa, " "),
]
for t, gen, sep in card_rows:
    add(["CREDIT_CARD"], t.format(card_fmt(gen(), sep)))

# IP_ADDRESS (18)
ip_templates4 = ["Server IP: {}", "The request came from {}.", "ssh to {} as admin", "Gateway is {}",
                 "Blocked IP {} after 5 failed logins", "Connect to {}:8080", "DNS: {}, {}", "ip={}",
                 "Our VPN exit node is {}"]
for t in ip_templates4:
    n = t.count("{}")
    labels = ["IP_ADDRESS"] * n
    add(labels, t.format(*[ipv4() for _ in range(n)]))
add(["IP_ADDRESS"], f"Allow 10.{R.randrange(256)}.0.0/16 through the firewall.")
ip6_templates = [("IPv6 address: {}", ipv6_full), ("Host resolves to {}", ipv6_compressed),
                 ("Client {} connected", ipv6_compressed), ("Ping {} to test", ipv6_compressed),
                 ("link-local: {}", ipv6_compressed), ("AAAA record {}", ipv6_full),
                 ("Bind to [{}]:443", ipv6_compressed), ("IP: {}", ipv6_full)]
for t, gen in ip6_templates:
    add(["IP_ADDRESS"], t.format(gen()))
add(["IP_ADDRESS"], "Loopback is ::1 on this box.")

# IBAN (18)
iban_rows = [
    ("IBAN: {}", iban_de, True), ("Please transfer to {}", iban_de, False), ("Meine IBAN ist {}.", iban_de, True),
    ("IBAN {}", iban_gb, False), ("Account (IBAN): {}", iban_gb, True), ("UK IBAN {} for the rent", iban_gb, True),
    ("IBAN : {}", iban_fr, True), ("Virement sur {}", iban_fr, False), ("Mi IBAN es {}", iban_es, True),
    ("IBAN {}", iban_es, False), ("IBAN: {}", iban_it, True), ("Bonifico a {}", iban_it, False),
    ("IBAN NL: {}", iban_nl, True), ("Pay {} by Monday", iban_nl, False), ("Beneficiary IBAN {}", iban_other, True),
    ("iban={}", iban_other, False), ("Send the refund to IBAN {}.", iban_de, True), ("Bank account: {}", iban_gb, False),
]
for t, gen, grouped in iban_rows:
    v = gen()
    add(["IBAN"], t.format(iban_grouped(v) if grouped else v))

# SECRET (30)
add(["SECRET"], f"AWS access key: {aws_key()}")
add(["SECRET", "SECRET"], f"aws_access_key_id={aws_key()}\\naws_secret_access_key={aws_secret()}")
add(["SECRET"], f"export AWS_ACCESS_KEY_ID={aws_key()}")
add(["SECRET"], f"My GitHub token is {github()}")
add(["SECRET"], f"git clone https://{github()}@github.com/acme/app.git")
add(["SECRET"], f"GITHUB_TOKEN={github()}")
add(["SECRET"], f"OpenAI key: {openai()}")
add(["SECRET"], f"OPENAI_API_KEY={openai_proj()}")
add(["SECRET"], f"use this key {openai()} for the demo")
add(["SECRET"], f"Anthropic API key: {anthropic()}")
add(["SECRET"], f"ANTHROPIC_API_KEY=\"{anthropic()}\"")
add(["SECRET"], f"Stripe secret key {stripe()}")
add(["SECRET"], f"stripe.api_key = \"{stripe()}\"")
add(["SECRET"], f"Slack bot token: {slack()}")
add(["SECRET"], f"SLACK_BOT_TOKEN={slack()}")
add(["SECRET"], f"Google API key: {google()}")
add(["SECRET"], f"https://maps.googleapis.com/maps/api/geocode/json?address=Paris&key={google()}")
add(["SECRET"], f"Authorization: Bearer {jwt()}")
add(["SECRET"], f"token: {jwt()}")
add(["SECRET"], f"Here is my JWT {jwt()} - is it expired?")
add(["SECRET"], pem("RSA "))
add(["SECRET"], f"key file contents:\\n{pem('')}")
add(["SECRET"], pem("EC "))
add(["SECRET"], f"password={pw()}")
add(["SECRET"], f"db password: {pw()}")
add(["SECRET"], f"api_key={rs(ALNUM, 32)}")
add(["SECRET"], f"Login with username admin and password {pw()}")
add(["SECRET"], f"{{\"username\": \"svc\", \"password\": \"{pw()}\"}}")
add(["SECRET"], f"DB_PASSWORD={pw()}")
add(["SECRET"], f"apikey: {rs(HEX, 32)}")

# MAC_ADDRESS (16)
mac_rows = [("MAC address: {}", ":", True), ("Device MAC {}", "-", True), ("mac={}", ":", False),
            ("The printer's MAC is {}.", ":", True), ("Whitelist {} on the router", "-", True),
            ("HWaddr {}", ":", False), ("Physical Address . . . : {}", "-", True), ("ether {}", ":", False),
            ("MAC: {}", ":", True), ("Unknown device {} joined the network", ":", True),
            ("Wake-on-LAN target {}", "-", True), ("bssid {}", ":", False), ("NIC {} (eth0)", ":", True),
            ("MAC {}", "-", False)]
for t, sep, up in mac_rows:
    add(["MAC_ADDRESS"], t.format(mac(sep, up)))
m = [f"{R.randrange(0, 256):02x}" for _ in range(6)]
add(["MAC_ADDRESS"], f"Cisco shows {m[0]}{m[1]}.{m[2]}{m[3]}.{m[4]}{m[5]} on port Gi0/1")
add(["MAC_ADDRESS", "MAC_ADDRESS"], f"Swap {mac(':')} for {mac(':')} in the DHCP reservation.")

# CRYPTO_ADDRESS (18)
crypto_rows = [("Send BTC to {}", btc_legacy), ("My bitcoin address: {}", btc_legacy), ("BTC: {}", btc_legacy),
               ("Donations: {}", btc_p2sh), ("Bitcoin wallet {}", btc_p2sh), ("pay to {} please", btc_p2sh),
               ("BTC address {}", btc_bech32), ("Send 0.01 BTC to {}", btc_bech32), ("bc address: {}", btc_bech32),
               ("Taproot address {}", btc_taproot),
               ("ETH: {}", eth), ("My Ethereum address is {}", eth), ("Send USDC to {} on mainnet", eth),
               ("wallet={}", eth), ("ETH wallet {}.", eth), ("Withdraw to {}", btc_legacy),
               ("Refund address: {}", btc_bech32), ("Contract owner {}", eth)]
for t, gen in crypto_rows:
    add(["CRYPTO_ADDRESS"], t.format(gen()))

# PASSPORT (14)
passport_rows = ["Passport number: {}", "My passport no. is {}", "Passport: {}", "passport # {}",
                 "US passport {} expires 2031", "Passport No {}", "Traveler passport number {}.",
                 "PASSPORT NUMBER {}", "Please upload the passport ({}) scan.", "passport={}",
                 "Her passport number is {}", "Passport ID: {}", "Passport {} issued in Boston",
                 "passport number {} (renewed)"]
for i, t in enumerate(passport_rows):
    v = rs(string.digits, 9) if i % 3 else R.choice("ACEX") + rs(string.digits, 8)
    add(["PASSPORT"], t.format(v))

# DRIVERS_LICENSE (14)
def dl():
    k = R.randrange(5)
    if k == 0:
        return R.choice(string.ascii_uppercase) + rs(string.digits, 7)  # CA
    if k == 1:
        return rs(string.digits, 8)  # TX
    if k == 2:
        return rs(string.digits, 9)  # NY
    if k == 3:
        d = rs(string.digits, 12)
        return f"{R.choice(string.ascii_uppercase)}{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:11]}-{d[11]}"  # FL
    d = rs(string.digits, 11)
    return f"{R.choice(string.ascii_uppercase)}{d[:3]}-{d[3:7]}-{d[7:]}"  # IL


dl_rows = ["Driver's license: {}", "My driver's license number is {}", "DL: {}", "Driver License # {}",
           "drivers license {}", "DL# {}", "Driver's licence no. {}", "License number {} (CA)",
           "Driver's License Number: {}", "Please scan DL {} at the counter.", "driver license: {}",
           "Driving licence {}", "DLN {}", "Driver's license {} exp. 2028"]
for t in dl_rows:
    add(["DRIVERS_LICENSE"], t.format(dl()))

# MEDICAL_RECORD_NUMBER (14)
mrn_rows = ["MRN: {}", "Patient MRN {}", "Medical record number: {}", "MRN#{}", "mrn {}",
            "Medical Record No. {}", "Patient (MRN {}) admitted to ward 4.", "MRN = {}",
            "Her medical record number is {}", "Chart / MRN: {}", "MRN {} discharged", "Record MRN: {}",
            "medical record # {}", "Lab results for MRN {}"]
for i, t in enumerate(mrn_rows):
    v = rs(string.digits, R.choice([7, 8, 9, 10]))
    add(["MEDICAL_RECORD_NUMBER"], t.format(v))

# ITIN (12)
itin_rows = ["ITIN: {}", "My ITIN is {}", "ITIN {}", "Individual Taxpayer Identification Number: {}",
             "taxpayer ITIN {} on the W-7", "ITIN# {}", "Use ITIN {} instead of an SSN.", "itin={}",
             "ITIN no. {}", "Spouse ITIN: {}", "Dependent ITIN {}", "ITIN ({}) approved"]
for t in itin_rows:
    add(["ITIN"], t.format(itin()))

# DATE_OF_BIRTH (14)
dob_rows = ["DOB: {}", "Date of birth: {}", "Born on {}", "D.O.B. {}", "date of birth {}",
            "Birthdate: {}", "My DOB is {}", "Patient DOB {}", "birth date: {}", "DOB {}",
            "Date of Birth {}", "born {}", "Birthday: {}", "dob={}"]
for t in dob_rows:
    add(["DATE_OF_BIRTH"], t.format(dob()))

# Several entities per text (20)
add(["EMAIL", "PHONE"], f"Contact {email()} or call {nanp('paren')}.")
add(["EMAIL", "PHONE"], f"Name: Jane Doe | Email: {email()} | Phone: {nanp('dash')}")
add(["SSN", "DATE_OF_BIRTH"], f"Patient SSN {ssn()}, DOB {dob()}")
add(["CREDIT_CARD", "EMAIL"], f"Receipt for {email()}: card {card_fmt(visa(), ' ')} charged $42.10")
add(["IP_ADDRESS", "MAC_ADDRESS"], f"Lease: {ipv4()} -> {mac(':')}")
add(["EMAIL", "IP_ADDRESS"], f"Login by {email()} from {ipv4()} at 10:42")
add(["PHONE", "PHONE"], f"Home {nanp('dash')}, work {nanp('paren')}")
add(["IBAN", "EMAIL"], f"Refund IBAN {iban_grouped(iban_gb())}, confirmation to {email()}")
add(["SECRET", "EMAIL"], f"user={email()} password={pw()}")
add(["PASSPORT", "DATE_OF_BIRTH"], f"Passport number {rs(string.digits, 9)}, date of birth {dob()}")
add(["DRIVERS_LICENSE", "DATE_OF_BIRTH"], f"Driver's license {dl()}; DOB: {dob()}")
add(["MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH"], f"MRN: {rs(string.digits, 8)}  DOB: {dob()}")
add(["SSN", "PHONE", "EMAIL"], f"SSN {ssn()}, phone {nanp('dot')}, email {email()}")
add(["CRYPTO_ADDRESS", "CRYPTO_ADDRESS"], f"BTC {btc_bech32()} or ETH {eth()}")
add(["IP_ADDRESS", "IP_ADDRESS"], f"Traffic from {ipv4()} to {ipv6_compressed()} was dropped")
add(["CREDIT_CARD", "PHONE"], f"Card {card_fmt(mastercard(), '-')}; callback {nanp('plus1')}")
add(["ITIN", "EMAIL"], f"ITIN {itin()} - send the letter to {email()}")
add(["SECRET", "SECRET"], f"STRIPE_KEY={stripe()} SLACK_TOKEN={slack()}")
add(["EMAIL", "EMAIL"], f"To: {email()}, {email()}")
add(["PHONE", "EMAIL", "IP_ADDRESS"], f"Ticket #4411: {email()} ({nanp('e164')}) reported outage on {ipv4()}")

# ---------------------------------------------------------------- hard negatives
neg = [
    "The meeting is at 10:30 on 2024-03-14 in room 204.",
    "Order #123456789 shipped on 03/15/2024.",
    "Version 2.14.3 fixes the memory leak.",
    "Upgrade to 1.2.10 before Friday.",
    "Please reset your password using the link we sent.",
    "The api_key parameter is required for every request.",
    "Enter your email address to subscribe.",
    "Call us during business hours for assistance.",
    "Total: $1,234.56 (tax included)",
    "The population grew to 8,336,817 in 2020.",
    "Tracking number 1Z 999 AA1 01 2345 6784 is in transit.",
    f"commit {rs(HEX, 40)}",
    f"sha256: {rs(HEX, 64)}",
    f"Request ID {R.choice(['a', 'b', 'c'])}{rs(HEX, 7)}-{rs(HEX, 4)}-4{rs(HEX, 3)}-8{rs(HEX, 3)}-{rs(HEX, 12)}",
    "ISBN 978-0-306-40615-7 is on the shelf.",
    "Screen resolution 1920x1080 at 60 Hz.",
    "Coordinates: 37.7749, -122.4194",
    "Error 0x80070005: access denied.",
    "The ratio is 16:9 and the aspect is fine.",
    "Temperature was 72°F at 3:45 PM.",
    "ZIP code 94105 is in San Francisco.",
    "Invoice INV-2024-00042 is overdue.",
    "Flight UA 1543 departs at 06:15.",
    "Part number 555-0199-A is out of stock.",
    "He scored 98.6 on the final exam.",
    "Set the timeout to 30000 ms.",
    "The SSN field must not be left blank.",
    "My passport expires next year, I need to renew it.",
    "Bring your driver's license to the DMV appointment.",
    "Your medical record is available in the patient portal.",
    "What is an IBAN and how do I find mine?",
    "How do I find my MAC address on Windows?",
    "Bitcoin reached a new high this week.",
    "Store secrets in a vault, never in source code.",
    "Use the format name@domain when typing addresses.",
    "Our office opened on 01/02/2015.",
    "The deadline is 12/31/2024.",
    "Rate limit: 100 requests per 60 seconds.",
    "Run pip install scikit-learn==1.3.2",
    "The sk-learn package is not the right name; it's scikit-learn.",
    "See RFC 5952 section 4.2.2 for IPv6 text formatting.",
    "Use 8 characters minimum for the password.",
    "ticket-12345 was closed as duplicate",
    "Line 42: unexpected token at column 17",
    "The serial is SN-2024-0001-XZ.",
    "Product code 4006381333931 (EAN-13).",
    "Build 20240315.1 passed all checks.",
    "Chapter 3, verse 16",
    "The lottery numbers were 4 8 15 16 23 42.",
    "Score: 3-1 after extra time.",
    "Meet me at 5th Ave & 42nd St.",
    "Call extension 4421 for IT.",
    "Room 1204, building B, floor 12.",
    "The file is 1,048,576 bytes.",
    "Heart rate 72 bpm, BP 120/80.",
    "My birthday party is on Saturday!",
    "Download speed 245.7 Mbps.",
    "The OID is 1.3.6.1.4.1.311.",
    "Python 3.11.7 was released in December.",
    "CSS color #1A2B3C looks dull.",
    "Latitude 51.5074 N, longitude 0.1278 W",
    "The value 1e-9 is effectively zero.",
    "Step 1: mix. Step 2: bake at 180 °C for 25 minutes.",
    "Use docker image nginx:1.25.3-alpine",
    "Timestamp 2024-03-14T10:30:00Z",
    "Patient was seen on 04/22/2023 for a follow-up.",
    "Account settings > Security > Two-factor",
    "Dial 911 in an emergency.",
    "Price per unit: €19.99, quantity 250.",
    "Set max_connections=200 in postgresql.conf",
    "token_type=bearer and expires_in=3600",
    "password_min_length=12",
    "The key is to keep the scope small.",
    "Contact the helpdesk via the intranet form.",
    "username=jdoe role=admin",
    "Model gpt-4o-mini-2024-07-18 was used.",
]
# checksum-invalid look-alikes
neg.append(f"Card: {card_fmt(bad_card('4', 16), ' ')}")
neg.append(f"Card number {card_fmt(bad_card('5' + str(R.randrange(1, 6)), 16), '-')} (test)")
neg.append(f"Amex {card_fmt(bad_card('37', 15), ' ')}")
neg.append(f"Ref {bad_card('6011', 16)}")
neg.append("SSN: 000-12-3456 is not a valid number.")
neg.append("SSN 666-45-1234 (invalid area)")
neg.append("Example SSN 123-00-4567 has an invalid group.")
neg.append("SSN 219-09-0000 has an invalid serial.")
good_iban = iban_de()
bad_iban = good_iban[:2] + f"{(int(good_iban[2:4]) + 1) % 97:02d}" + good_iban[4:]
neg.append(f"IBAN: {bad_iban}")
good_iban = iban_gb()
neg.append(f"IBAN {good_iban[:-1]}{(int(good_iban[-1]) + 5) % 10}")
neg.append("IP 999.168.1.1 is not a valid address.")
neg.append("Octets 256.300.1.2 are out of range.")
bad_btc = btc_legacy()
neg.append(f"BTC {bad_btc[:-1]}{'2' if bad_btc[-1] != '2' else '3'}")
neg.append("Order 1234-5678-9012 confirmed.")
neg.append("Dates 2023-01-15 to 2023-02-15 inclusive.")
neg.append(f"Hex dump: {' '.join(rs(HEX, 2).upper() for _ in range(8))}")
neg.append("Time 12:34:56:78 elapsed.")
neg.append(f"The base64 blob was {base64.b64encode(rbytes(30)).decode()}")
neg.append("Use sk- as the prefix for keys in the docs example.")
neg.append("Postal code SW1A 1AA, London.")
neg.append("Call 1-800-FLOWERS for delivery.")
neg.append("He was born in 1985 in Ohio.")
neg.append("Passport office hours: 9:00-17:00, Mon-Fri.")
neg.append("MRN format is 8 digits.")
neg.append("The ITIN application takes 7-11 weeks.")
neg = [n for n in neg if n]
for n in neg:
    add([], n)

# ---------------------------------------------------------------- write
here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, "..", "src", "test", "resources", "corpus", "pii-blind3.tsv")
with open(out, "w", encoding="utf-8") as f:
    f.write("# expected PII types (comma-separated, NONE for none) <TAB> text. Blind set 3, generated by "
            "tools/gen_pii_blind3.py (seed 3033); fake values only.\n")
    for labels, text in rows:
        assert "\t" not in text and "\n" not in text, text
        f.write(f"{labels}\t{text}\n")
pos = [r for r in rows if r[0] != "NONE"]
ents = sum(len(r[0].split(",")) for r in pos)
print(f"{len(rows)} texts, {len(pos)} with PII, {ents} entities, {len(rows) - len(pos)} negatives")
