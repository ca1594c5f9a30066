#!/usr/bin/env python3
"""Generates src/test/resources/corpus/pii-blind5.tsv: the fifth blind PII set.

Written before reading the other PII corpora or the scanner's rules, aimed at PRECISION: the look-alikes a
third-party PII benchmark is likely to include as negatives, plus positives in edge forms.

Negatives (NONE rows):
  * Luhn-valid numbers that are not cards by form: IMEIs (15 digits), 16-22 digit tracking and order numbers
    without an issuer prefix, Canadian SINs, numbers with thousands separators, epoch milliseconds, masked cards,
    Luhn-invalid card shapes.
  * Phone-like numbers that are not phones: ISBN-10/13, part/SKU numbers, coordinates, ISO and European dates,
    times, money, percentages, numeric ranges, match scores, Windows/Chrome build versions, OIDs, ZIP+4,
    court case numbers, invoice numbers, Bible verses and aspect ratios.
  * SSN shapes that break the SSA rules: area 000, 666 or 9xx (with a group outside the ITIN ranges),
    group 00, serial 0000; with and without the word "SSN".
  * E-mail look-alikes in code: regexes, template placeholders, f-strings, @mentions, Java annotations, CSS
    at-rules, npm scoped packages with versions, docker digests, retina image names (icon@2x.png).
  * IPv6/MAC look-alikes: C++/Rust/Ruby ``::`` paths, SMPTE timecodes 12:34:56:78, clock times, SSH MD5
    fingerprints (16 colon-separated hex bytes), SHA hashes, UUIDs, out-of-range IPv4 octets.
  * Secrets that are not secrets: templated/masked ``password=``/``api_key=`` values, env lookups, public keys
    and certificates, git commit hashes, JWT fragments, Ethereum transaction hashes (0x + 64 hex).
  * IBAN shapes with a wrong mod-97 check; ``mRNA`` next to a number; dates without a birth context.

Positives in edge forms: entities glued to punctuation, brackets and quotes, uppercase e-mails, phones with
``ext.``/``x``, several entities per line separated by commas, semicolons and pipes, and entities inside
German, French, Spanish, Italian, Portuguese, Dutch, Russian, Japanese and Chinese sentences (also glued to
CJK characters).

Labelling decisions:
  * A Luhn-valid 13-19 digit number with a real issuer prefix and length (Visa 13/16/19, Mastercard 51-55 and
    2221-2720 with 16, Amex 34/37 with 15, Discover 6011/644-649/65 with 16) IS a card whatever the context
    (a detector cannot tell a leaked card from a "test" one); without a valid prefix+length, or written with
    thousands separators, it is NONE.
  * Placeholder domains (example.com) ARE e-mail addresses; masked/templated credentials are NONE.
  * US identifiers (passport, driver's licence, MRN, ITIN, DOB) are labelled only with a context word nearby.
  * A phone with an extension is one PHONE.

Values are synthetic. Run ``python3 gen_pii_blind5.py`` from this directory (seed 5055, deterministic).
"""
import base64
import json
import os
import random

from checksums import b58check, bech32_encode, five_bit_groups, iban_check_digits, luhn_digit

R = random.Random(5055)
ROWS = []


def row(types, text):
    ROWS.append((",".join(types) if types else "NONE", text.replace("\n", "\\n")))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def luhn(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    return body + luhn_digit(body)


def group(num, sizes, sep):
    out, i = [], 0
    for s in sizes:
        out.append(num[i:i + s])
        i += s
    return sep.join(out)


def card(kind=None):
    kind = kind or R.choice(["visa", "mc", "mc2", "amex", "disc"])
    if kind == "visa":
        return luhn("4", 16), [4, 4, 4, 4]
    if kind == "visa13":
        return luhn("4", 13), [4, 4, 5]
    if kind == "mc":
        return luhn(str(R.randint(51, 55)), 16), [4, 4, 4, 4]
    if kind == "mc2":
        return luhn(str(R.randint(2221, 2720)), 16), [4, 4, 4, 4]
    if kind == "amex":
        return luhn(R.choice(["34", "37"]), 15), [4, 6, 5]
    return luhn(R.choice(["6011", "65", str(R.randint(644, 649))]), 16), [4, 4, 4, 4]


def card_text(kind=None, sep=None):
    num, sizes = card(kind)
    sep = R.choice([" ", "-", ""]) if sep is None else sep
    return group(num, sizes, sep) if sep else num


def ssn(sep="-"):
    while True:
        area = R.randint(1, 899)
        if area != 666:
            break
    return f"{area:03d}{sep}{R.randint(1, 99):02d}{sep}{R.randint(1, 9999):04d}"


def itin():
    return f"9{R.randint(0, 99):02d}-{R.choice([R.randint(70, 88), R.randint(50, 65)])}-{R.randint(0, 9999):04d}"


def iban(cc, bban, spaced=True):
    raw = f"{cc}{iban_check_digits(cc, bban):02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)) if spaced else raw


def letters(n, alpha="ABCDEFGHIJKLMNOPQRSTUVWXYZ"):
    return "".join(R.choice(alpha) for _ in range(n))


def rand_iban(spaced=None):
    spaced = R.random() < 0.6 if spaced is None else spaced
    cc = R.choice(["DE", "GB", "FR", "NL", "ES", "IT", "CH"])
    bban = {"DE": lambda: digits(18), "GB": lambda: letters(4) + digits(14),
            "FR": lambda: digits(10) + letters(11, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + digits(2),
            "NL": lambda: letters(4) + digits(10), "ES": lambda: digits(20),
            "IT": lambda: letters(1) + digits(10) + letters(12, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
            "CH": lambda: digits(17)}[cc]()
    return iban(cc, bban, spaced)


FIRST = ["maria", "li", "oskar", "fatima", "jonas", "aiko", "pedro", "chloe", "ravi", "elena", "tomasz", "grace"]
LAST = ["keller", "wang", "haddad", "silva", "okafor", "dubois", "novak", "rossi", "tanaka", "murphy"]
DOMAINS = ["example.com", "example.org", "mail.example.net", "contoso.de", "fabrikam.co.uk", "acme-corp.io",
           "uni-example.edu", "posteo.example"]


def email():
    f, l = R.choice(FIRST), R.choice(LAST)
    local = R.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}{R.randint(1, 99)}", f"{f}+billing", f"{l}-{f}"])
    return f"{local}@{R.choice(DOMAINS)}"


def nanp():
    area = f"{R.randint(2, 9)}{R.randint(0, 9)}{R.randint(0, 9)}"
    if area[1:] == "11":
        area = area[0] + "23"
    ex = f"{R.randint(2, 9)}{R.randint(0, 9)}{R.randint(1, 9)}"
    line = digits(4)
    return R.choice([f"({area}) {ex}-{line}", f"{area}-{ex}-{line}", f"{area}.{ex}.{line}",
                     f"+1 {area} {ex} {line}", f"+1-{area}-{ex}-{line}", f"1 ({area}) {ex}-{line}"])


INTL = [lambda: f"+44 20 {digits(4)} {digits(4)}", lambda: f"+49 30 {digits(8)}", lambda: f"+33 1 {digits(2)} {digits(2)} {digits(2)} {digits(2)}",
        lambda: f"+34 6{digits(2)} {digits(3)} {digits(3)}", lambda: f"+39 06 {digits(4)} {digits(4)}",
        lambda: f"+81-3-{digits(4)}-{digits(4)}", lambda: f"+61 2 {digits(4)} {digits(4)}",
        lambda: f"+91 9{digits(4)} {digits(5)}", lambda: f"+55 11 9{digits(4)}-{digits(4)}",
        lambda: f"+31 20 {digits(3)} {digits(4)}", lambda: f"+7 495 {digits(3)}-{digits(2)}-{digits(2)}",
        lambda: f"+4420{digits(8)}", lambda: f"+65 {R.choice('689')}{digits(3)} {digits(4)}"]


def intl():
    return R.choice(INTL)()


def ipv4():
    return f"{R.choice([23, 45, 66, 81, 104, 151, 172, 185, 198, 203, 212])}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def ipv6():
    h = lambda: f"{R.randint(1, 0xffff):x}"
    return R.choice([f"2001:db8:{h()}:{h()}::{h()}", f"fe80::{h()}:{h()}:{h()}:{h()}",
                     f"2a02:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}", f"2001:db8::{h()}", f"2606:4700:{h()}::{h()}:{h()}"])


def mac():
    b = [f"{R.randint(0, 255):02X}" for _ in range(6)]
    if R.random() < 0.4:
        b = [x.lower() for x in b]
    return R.choice([":", "-"]).join(b)


ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def b64url(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def secret():
    kind = R.choice(["aws", "gh", "openai", "anthropic", "stripe", "slack", "google", "jwt"])
    if kind == "aws":
        return "AKIA" + letters(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    if kind == "gh":
        return R.choice(["ghp_", "gho_", "ghs_"]) + letters(36, ALNUM)
    if kind == "openai":
        return "sk-proj-" + letters(48, ALNUM + "-_")
    if kind == "anthropic":
        return "sk-ant-api03-" + letters(93, ALNUM + "-_") + "AA"
    if kind == "stripe":
        return R.choice(["sk_live_", "rk_live_"]) + letters(24, ALNUM)
    if kind == "slack":
        return f"xoxb-{digits(12)}-{digits(13)}-{letters(24, ALNUM)}"
    if kind == "google":
        return "AIza" + letters(35, ALNUM + "-_")
    hdr = b64url({"alg": "HS256", "typ": "JWT"})
    body = b64url({"sub": digits(8), "name": R.choice(FIRST), "iat": 1715900000 + R.randint(0, 99999)})
    sig = base64.urlsafe_b64encode(os.urandom(0) + bytes(R.randint(0, 255) for _ in range(32))).decode().rstrip("=")
    return f"{hdr}.{body}.{sig}"


def btc_legacy():
    version = R.choice([0, 5])
    return b58check(version, bytes(R.randint(0, 255) for _ in range(20)))


def btc_bech32():
    prog = [R.randint(0, 255) for _ in range(20)]
    return bech32_encode("bc", [0] + five_bit_groups(prog))


def eth():
    return "0x" + "".join(R.choice("0123456789abcdef") for _ in range(40))


def crypto():
    return R.choice([btc_legacy, btc_bech32, eth])()


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


# ---------------------------------------------------------------- positives at edges
for _ in range(4):
    row(["EMAIL"], R.choice(["Reach me (", "Contact: <", "Send it to \"", "cc:[", "mailto:"]) + email()
        + R.choice([").", ">", "\" please", "]", "?subject=hi"]))
row(["EMAIL"], f"PLEASE FORWARD TO {email().upper()} ASAP.")
row(["EMAIL"], f"From: \"Support\" <{email().upper()}>")
row(["EMAIL", "EMAIL"], f"Reviewers: {email()},{email()}")
row(["EMAIL"], f"'{email()}'")
for _ in range(3):
    row(["PHONE"], R.choice(["Call ", "Tel.: ", "phone:", "Direct line "]) + nanp()
        + R.choice([" ext. 204", " x3310", " ext 7", ", extension 12"]) + R.choice([".", "", " (mornings)"]))
row(["PHONE"], f"Hotline [{intl()}] is open 24/7.")
row(["PHONE"], f"phone=\"{nanp()}\"")
row(["PHONE"], f"WhatsApp:{intl()}")
row(["PHONE", "PHONE"], f"Office {nanp()}; mobile {intl()}")
row(["CREDIT_CARD"], f"card=\"{card_text('visa', '')}\"")
row(["CREDIT_CARD"], f"(card: {card_text('mc2', ' ')})")
row(["CREDIT_CARD"], f"Test with 4242 4242 4242 4242, expiry 12/34.")
row(["CREDIT_CARD"], f"The Amex [{card_text('amex', ' ')}] was charged twice.")
row(["CREDIT_CARD"], f"Discover #{card_text('disc', '-')}, exp 09/27")
row(["CREDIT_CARD"], f"old Visa {card_text('visa13', ' ')} still on file")
row(["CREDIT_CARD", "CREDIT_CARD"], f"cards: {card_text('mc', '-')} | {card_text('visa', ' ')}")
row(["SSN"], f"SSN:{ssn()}.")
row(["SSN"], f"(social security number {ssn()})")
row(["SSN"], f"\"ssn\": \"{ssn()}\"")
row(["SSN"], f"Employee SSN {ssn(' ')} on the W-4")
row(["IP_ADDRESS"], f"Blocked [{ipv4()}]:443 after 5 failures.")
row(["IP_ADDRESS"], f"{{\"client_ip\":\"{ipv4()}\"}}")
row(["IP_ADDRESS"], f"ping {ipv4()}.")
row(["IP_ADDRESS"], f"Listen on [{ipv6()}]:8080")
row(["IP_ADDRESS"], f"IPv6 address: {ipv6()}")
row(["IP_ADDRESS", "IP_ADDRESS"], f"peers={ipv4()},{ipv4()}")
row(["IP_ADDRESS"], f"ssh admin@{ipv4()}")
row(["IBAN"], f"IBAN:{rand_iban(False)}")
row(["IBAN"], f"Please wire to ({rand_iban(True)}) by Friday.")
row(["IBAN"], f"\"iban\": \"{rand_iban(False)}\"")
row(["MAC_ADDRESS"], f"MAC={mac()};")
row(["MAC_ADDRESS"], f"device ({mac()}) joined the VLAN")
row(["MAC_ADDRESS", "IP_ADDRESS"], f"lease {ipv4()} -> {mac()}")
row(["SECRET"], f"export OPENAI_API_KEY=\"{('sk-proj-' + letters(48, ALNUM))}\"")
row(["SECRET"], f"token: '{('ghp_' + letters(36, ALNUM))}'")
row(["SECRET"], f"(key={('AKIA' + letters(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'))})")
row(["SECRET"], f"Authorization: Bearer {secret()}")
row(["SECRET"], f"ANTHROPIC_API_KEY={('sk-ant-api03-' + letters(93, ALNUM + '-_') + 'AA')}")
row(["SECRET"], f"stripe.api_key = \"{('sk_live_' + letters(24, ALNUM))}\"")
row(["SECRET"], f"SLACK_BOT_TOKEN=xoxb-{digits(12)}-{digits(13)}-{letters(24, ALNUM)}")
row(["SECRET"], f"maps key [{('AIza' + letters(35, ALNUM + '-_'))}]")
row(["SECRET"], f"password=Hunter2!{digits(3)}")
row(["SECRET"], f"db: {{ user: app, password: \"q8#Lm2!vXz\" }}")
row(["SECRET"], f"api_key='{letters(32, ALNUM)}'")
row(["SECRET"], "-----BEGIN OPENSSH PRIVATE KEY-----\n" + base64.b64encode(bytes(R.randint(0, 255) for _ in range(96))).decode()
    + "\n-----END OPENSSH PRIVATE KEY-----")
row(["CRYPTO_ADDRESS"], f"Send 0.01 BTC to {btc_bech32()}.")
row(["CRYPTO_ADDRESS"], f"donations: ({btc_legacy()})")
row(["CRYPTO_ADDRESS"], f"\"wallet\":\"{eth()}\"")
row(["PASSPORT"], f"Passport No.: {letters(1)}{digits(8)}")
row(["DRIVERS_LICENSE"], f"driver's license #{letters(1)}{digits(7)} (CA)")
row(["MEDICAL_RECORD_NUMBER"], f"MRN:{digits(8)}")
row(["ITIN"], f"ITIN {itin()} for the nonresident filer")
row(["DATE_OF_BIRTH"], f"DOB: {R.randint(1, 12):02d}/{R.randint(1, 28):02d}/{R.randint(1950, 2004)}")
row(["DATE_OF_BIRTH"], f"born on {R.randint(1950, 2004)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}")

# several entities per line
row(["EMAIL", "PHONE", "IP_ADDRESS"], f"{email()}, {nanp()}, {ipv4()}")
row(["EMAIL", "SSN", "CREDIT_CARD"], f"name=J. Doe; email={email()}; ssn={ssn()}; card={card_text('visa', '')}")
row(["PHONE", "EMAIL", "MAC_ADDRESS"], f"{intl()} | {email()} | {mac()}")
row(["IBAN", "EMAIL"], f"{rand_iban(True)};{email()}")
row(["IP_ADDRESS", "IP_ADDRESS", "IP_ADDRESS"], f"allow: {ipv4()}, {ipv6()}, {ipv4()}")
row(["CRYPTO_ADDRESS", "EMAIL"], f"wallet {eth()} / owner {email().upper()}")
row(["SECRET", "EMAIL"], f"user={email()}&password=Sup3rS3cret")
row(["PHONE", "PHONE", "PHONE"], f"Numbers: {nanp()}, {intl()}, {nanp()}.")
row(["CREDIT_CARD", "SSN", "DATE_OF_BIRTH"], f"card {card_text('disc', ' ')}; SSN {ssn()}; date of birth 1987-04-09")

# mixed records: three entities of different types, joined by varied separators and wrappers
MAKERS = [("EMAIL", email), ("PHONE", nanp), ("PHONE", intl), ("CREDIT_CARD", card_text), ("SSN", ssn),
          ("IP_ADDRESS", ipv4), ("IP_ADDRESS", ipv6), ("IBAN", rand_iban), ("MAC_ADDRESS", mac),
          ("SECRET", secret), ("CRYPTO_ADDRESS", crypto)]
WRAP = [("", ""), ("(", ")"), ("[", "]"), ("\"", "\""), ("'", "'"), ("<", ">"), ("`", "`")]
for _ in range(16):
    picks = R.sample(MAKERS, 3)
    sep = R.choice([", ", "; ", " | ", ";", "|", " / ", " · "])
    parts = []
    for t, fn in picks:
        a, b = R.choice(WRAP)
        if t == "SSN":
            parts.append(f"SSN {a}{fn()}{b}")
        else:
            parts.append(f"{a}{fn()}{b}")
    row([t for t, _ in picks], R.choice(["", "Record: ", "row 7: ", "> ", "- "]) + sep.join(parts) + R.choice(["", ".", ";", " ..."]))

# other languages
row(["EMAIL"], f"Meine E-Mail-Adresse lautet {email()}, bitte antworten Sie dorthin.")
row(["PHONE"], f"Rufen Sie mich unter {intl()} an.")
row(["IBAN"], f"Bitte überweisen Sie den Betrag auf das Konto {rand_iban(True)}.")
row(["PHONE"], f"Mon numéro est le {intl()}, merci de rappeler.")
row(["EMAIL", "IBAN"], f"Écrivez à « {email()} » et virez sur {rand_iban(False)}.")
row(["PHONE", "EMAIL"], f"Mi número es {intl()} y mi correo {email()}.")
row(["CREDIT_CARD"], f"El cargo a la tarjeta {card_text('visa', ' ')} fue rechazado.")
row(["SSN"], f"Mi número de seguro social es {ssn()}.")
row(["IP_ADDRESS"], f"L'indirizzo IP del server è {ipv4()}.")
row(["EMAIL"], f"O meu e-mail é {email()}; obrigado!")
row(["PHONE"], f"Bel me op {intl()} als er iets is.")
row(["PHONE"], f"Мой телефон {intl()}, звоните вечером.")
row(["EMAIL"], f"Мой адрес: {email()}.")
row(["PHONE"], f"電話番号は{intl()}です。")
row(["EMAIL"], f"我的邮箱是{email()}，谢谢。")
row(["CREDIT_CARD"], f"カード番号：{card_text('mc', '-')}")
row(["MAC_ADDRESS"], f"La dirección MAC es {mac()}.")
row(["SECRET"], f"Das Passwort: password={letters(6, ALNUM)}!{digits(2)}")

# ---------------------------------------------------------------- negatives: Luhn-valid / card-like non-cards
row([], f"IMEI {luhn('35' + digits(6), 15)} registered to the handset.")
row([], f"Device IMEI: {luhn('49', 15)}")
row([], f"Tracking number {luhn('9400', 22)} (USPS).")
row([], f"Order number {luhn('1', 16)} has shipped.")
row([], f"Reference {luhn('8', 16)} in our ledger.")
row([], f"SIN {group(luhn('046', 9), [3, 3, 3], ' ')} (Canada) is not used by us.")
row([], "Market cap: 4,532,015,112,830,366 won.")
row([], f"Event at epoch ms {1715953845000 + R.randint(0, 999)}.")
row([], "Card ending in **** **** **** 4242 expired.")
row([], "Charge to card xxxx-xxxx-xxxx-1881 failed.")
for _ in range(2):
    n = card('visa')[0]
    bad = n[:-1] + str((int(n[-1]) + 3) % 10)
    row([], f"Number {group(bad, [4, 4, 4, 4], ' ')} fails the checksum.")
row([], f"Serial {luhn('7', 16)} printed on the box.")
row([], f"Account reference 0{digits(19)} for the loan.")
row([], f"Barcode EAN-13: 4006381333931")

# phone-like non-phones
row([], "ISBN 978-0-306-40615-7 is the second edition.")
row([], "See ISBN 0-306-40615-2 on page 4.")
row([], "Part no. 7721-334-90127 replaces 7721-334-90126.")
row([], "SKU 55-1029-3847-A is out of stock.")
row([], "Coordinates: 40.712776, -74.005974")
row([], "Meet at 48.8584° N, 2.2945° E.")
row([], "Invoice date 2024-05-17, due 2024-06-16.")
row([], "Fällig am 17.05.2024 um 14:30 Uhr.")
row([], "The job ran at 12:30:45 and again at 23:59:59.")
row([], "Total: $1,234,567.89 (EUR 1.145.220,10).")
row([], "Uptime was 99.95% and error rate 0.012%.")
row([], "Allowed range 100-200; pages 212-245; years 1990-2005.")
row([], "Final score 3-1, then 21-18 in the rematch.")
row([], "Windows 10.0.19045.3570 and Chrome 124.0.6367.207.")
row([], "Build 6.1.7601.24544 of the kernel.")
row([], "Send to ZIP 90210-1234, Beverly Hills.")
row([], "Case No. 2:24-cv-01234-ABC was dismissed.")
row([], "Invoice INV-2024-0517-8812 is attached.")
row([], "John 3:16 and a 16:9 aspect ratio.")
row([], "Population 331,449,281 (2020 census).")
row([], f"Order #2024051712{digits(2)} confirmed.")
row([], "Ticket 4521-8876-3320 escalated.")
row([], "Flight LH 454 departs 18:45, gate B22.")
row([], "Temperature ranged from -12.5 to 38.7 degrees.")
row([], "Measured 1.2345e-10 with sigma 0.0031.")
row([], "Lat/long (51.5074, -0.1278) London.")
row([], "Dimensions 120x80x45 mm, weight 2.35 kg.")
row([], "Timestamp 2024-05-17T12:34:56.789Z logged.")

# SSN-like that fail the rules
row([], "SSN 000-12-3456 is not a valid number.")
row([], "Test value 666-45-1234 was rejected.")
row([], "Form shows 912-34-5678 (invalid area).")
row([], "SSN: 123-00-4567 has an empty group.")
row([], "Placeholder 234-56-0000 in the template.")
row([], "Reference 000-00-0000 used for unknown.")
row([], "Code 987-12-0000 printed on the tag.")

# e-mail look-alikes in code
row([], r"Validate with ^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$ before saving.")
row([], "to = f\"{user}@{domain}\"")
row([], "recipient: ${USER_NAME}@${MAIL_HOST}")
row([], "Thanks @maria_k and @devops-team for the review!")
row([], "@Override\npublic String toString() { return name; }")
row([], "@media (max-width: 600px) { .nav { display: none; } }")
row([], "npm install @angular/core@17.3.0 @types/node@20.11.5")
row([], "image: nginx@sha256:" + hexs(64))
row([], "Use icon@2x.png for retina screens.")
row([], "Follow us @OctoLLM on social media.")
row([], "The template uses {{ user.email }} and <%= email %>.")
row([], "git log --author=@{u} origin/main@{1}")

# IPv6 / MAC look-alikes
row([], "Call std::vector<int>::push_back or std::collections::HashMap.")
row([], "Ruby: ActiveRecord::Base::connection")
row([], "Timecode 12:34:56:78 on the master tape.")
row([], "Cut at 01:02:03:04 and 01:02:09:15.")
row([], "Host key MD5 fingerprint " + ":".join(hexs(2) for _ in range(16)))
row([], "sha1 " + hexs(40) + " matches.")
row([], "Request id 123e4567-e89b-12d3-a456-426614174000 failed.")
row([], "IP 999.12.3.4 and 256.1.1.300 are invalid.")
row([], "OID 1.3.6.1.4.1.311.21.8 and 2.16.840.1.101.3.4.2.1")
row([], "Cipher suite ECDHE-RSA-AES128-GCM-SHA256; port 8443:443 mapping.")
row([], "Ratio a1b2:c3d4:e5f6 in the hex dump.")
row([], "Offsets 0x7ffe:0x10:0x20 in the trace.")

# secrets that are not secrets
row([], "password=${DB_PASSWORD}")
row([], "password=<your-password-here>")
row([], "password=********")
row([], "api_key=YOUR_API_KEY")
row([], "password = os.environ['DB_PASS']")
row([], "api_key: null")
row([], "-----BEGIN PUBLIC KEY-----\n" + base64.b64encode(bytes(R.randint(0, 255) for _ in range(48))).decode() + "\n-----END PUBLIC KEY-----")
row([], "-----BEGIN CERTIFICATE-----\n" + base64.b64encode(bytes(R.randint(0, 255) for _ in range(48))).decode() + "\n-----END CERTIFICATE-----")
row([], "commit " + hexs(40) + " (HEAD -> main)")
row([], "The header starts with eyJhbGciOi, which is base64 for {\"alg\".")
row([], "tx 0x" + hexs(64) + " confirmed in block 19876543.")
row([], "token=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx (redacted)")
row([], "Set OPENAI_API_KEY=sk-... in your .env file.")
row([], "password_min_length=12 and password_expiry_days=90")
row([], "Forgot password? Reset it at /account/password.")

# IBAN-shaped with wrong check, context words without values
good = rand_iban(False)
row([], f"Invalid IBAN {good[:2]}{(int(good[2:4]) + 1) % 97 + 2:02d}{good[4:]} rejected by the bank.")
row([], "The mRNA-1273 vaccine; mRNA 2024 study.")
row([], "Passport renewal takes 6-8 weeks.")
row([], "Enter your date of birth in the DOB field.")
row([], "Medical record requests: allow 30 days.")
row([], "Meeting on 03/14/2025 at 10:00.")
row([], "Version v2.31.0 released 2024-05-17.")

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "..", "src", "test", "resources", "corpus", "pii-blind5.tsv")
    with open(out, "w", encoding="utf-8") as f:
        f.write("# expected PII types (comma-separated, NONE for none) <TAB> text. Blind set 5, generated by "
                "tools/gen_pii_blind5.py (seed 5055); fake values only. \\n in text is a line break.\n")
        f.write("# Precision traps and edge-form positives; a Luhn-valid number with a real issuer prefix and length "
                "IS a card; see the generator's docstring.\n")
        for t, x in ROWS:
            f.write(f"{t}\t{x}\n")
    ents = sum(0 if t == "NONE" else len(t.split(",")) for t, _ in ROWS)
    neg = sum(1 for t, _ in ROWS if t == "NONE")
    print(f"{len(ROWS)} texts, {ents} entities, {neg} negatives")
