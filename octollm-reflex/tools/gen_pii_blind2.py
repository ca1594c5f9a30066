#!/usr/bin/env python3
"""Generates src/test/resources/corpus/pii-blind2.tsv: the second blind PII set.

Written without looking at pii.tsv / pii-blind.tsv or at the scanner's rules, in the style a third-party
benchmark author would use: PII embedded in JSON, CSV, log lines, HTML, markdown tables, URLs and query
strings, next to punctuation and brackets, across line breaks, with German/French/Spanish surroundings,
newer key formats, and hard negatives (checksum-invalid numbers, hashes, UUIDs, versions, OIDs, base64 ...).

All values are fake: random digits/characters with valid checksums computed here (Luhn, IBAN mod-97,
Base58Check, Bech32). Labels follow AccuracyTest: comma-separated expected types per row (type and count),
NONE for rows where nothing should be found. Conventions chosen:
  * an e-mail with an IP literal domain is one EMAIL (not EMAIL+IP);
  * a connection string / URL with an embedded password is one SECRET (plus IP if the host is an IP literal);
  * an IPv6 address with embedded IPv4 (::ffff:a.b.c.d) or a zone id is one IP_ADDRESS;
  * a phone number with an extension is one PHONE;
  * a PEM private key block is one SECRET.
Run: python3 tools/gen_pii_blind2.py  (from octollm-reflex/); output is deterministic.
"""
import random
import string
import os

from checksums import b58check, bech32_encode, iban_check_digits, luhn_digit

R = random.Random(20240922)

ALNUM = string.ascii_letters + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
B64URL = string.ascii_letters + string.digits + "-_"
HEX = "0123456789abcdef"


def rs(n, alphabet=ALNUM):
    return "".join(R.choice(alphabet) for _ in range(n))


def mixed(n, alphabet=ALNUM):
    """random string with at least one upper, one lower, one digit (looks like a real key)"""
    need_upper = any(c.isupper() for c in alphabet)
    need_lower = any(c.islower() for c in alphabet)
    while True:
        s = rs(n, alphabet)
        if ((not need_upper or any(c.isupper() for c in s)) and (not need_lower or any(c.islower() for c in s))
                and any(c.isdigit() for c in s)):
            return s


# ---------------------------------------------------------------- checksums
def card(prefix, length):
    body = prefix + "".join(R.choice(string.digits) for _ in range(length - len(prefix) - 1))
    return body + luhn_digit(body)


def bad_card(prefix, length):
    good = card(prefix, length)
    last = (int(good[-1]) + R.randint(1, 9)) % 10
    return good[:-1] + str(last)


def group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def iban_check(country, bban):
    return "%02d" % iban_check_digits(country, bban)


IBAN_BBAN = {  # country: BBAN pattern (n digit, a upper letter, c alnum)
    "DE": "n" * 18, "FR": "n" * 10 + "c" * 11 + "nn", "GB": "aaaa" + "n" * 14, "ES": "n" * 20,
    "IT": "a" + "n" * 10 + "c" * 12, "NL": "aaaa" + "n" * 10, "BE": "n" * 12, "CH": "n" * 5 + "c" * 12,
    "AT": "n" * 16, "PL": "n" * 24, "SE": "n" * 20, "IE": "aaaa" + "n" * 14, "PT": "n" * 21,
    "NO": "n" * 11, "DK": "n" * 14, "FI": "n" * 14, "LU": "nnn" + "c" * 13, "MT": "aaaa" + "n" * 5 + "c" * 18,
    "SA": "nn" + "c" * 18, "AE": "n" * 19, "BR": "n" * 23 + "a" + "c", "GR": "n" * 7 + "c" * 16,
    "HR": "n" * 17, "CZ": "n" * 20, "RO": "aaaa" + "c" * 16, "LT": "n" * 16, "EE": "n" * 16,
}


def bban_of(pattern):
    out = []
    for p in pattern:
        if p == "n":
            out.append(R.choice(string.digits))
        elif p == "a":
            out.append(R.choice(string.ascii_uppercase))
        else:
            out.append(R.choice(UPPER_ALNUM))
    return "".join(out)


def iban(country):
    bban = bban_of(IBAN_BBAN[country])
    return country + iban_check(country, bban) + bban


def bad_iban(country):
    good = iban(country)
    chk = int(good[2:4])
    wrong = "%02d" % ((chk + R.randint(1, 50)) % 97 or 3)
    if wrong == good[2:4]:
        wrong = "%02d" % ((chk + 7) % 97)
    return good[:2] + wrong + good[4:]


def iban4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def btc_legacy(version=0):
    return b58check(version, bytes(R.getrandbits(8) for _ in range(20)))


def bech32_addr(hrp="bc"):
    prog = [R.randrange(32) for _ in range(32)]  # 20-byte program -> 32 five-bit groups
    return bech32_encode(hrp, [0] + prog)


def eth():
    return "0x" + rs(40, HEX)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def itin():
    mid = R.choice(list(range(70, 89)) + list(range(90, 93)) + list(range(94, 100)))
    return "9%02d-%02d-%04d" % (R.randint(0, 99), mid, R.randint(0, 9999))


def nanp(fmt="({a}) {b}-{c}"):
    a = "%d%02d" % (R.randint(2, 9), R.randint(0, 99))
    if a[1:] == "11":
        a = a[0] + "12"
    b = "%d%02d" % (R.randint(2, 9), R.randint(0, 99))
    if b[1:] == "11":
        b = b[0] + "21"
    c = "%04d" % R.randint(0, 9999)
    return fmt.format(a=a, b=b, c=c)


def ipv4(private=None):
    return "%d.%d.%d.%d" % (R.choice([10, 172, 192, 203, 198, 81, 54, 185]), R.randint(0, 255), R.randint(0, 255),
                            R.randint(1, 254))


def h4():
    return "%x" % R.randint(1, 0xffff)


def mac(sep=":", upper=False):
    s = sep.join("%02x" % R.randint(0, 255) for _ in range(6))
    return s.upper() if upper else s


def jwt():
    import base64
    import json
    def enc(o):
        return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
    h = enc({"alg": R.choice(["HS256", "RS256"]), "typ": "JWT"})
    p = enc({"sub": str(R.randint(10000, 99999)), "name": "Test User", "iat": 1700000000 + R.randint(0, 9999999)})
    return h + "." + p + "." + rs(43, B64URL)


def pem(kind="RSA PRIVATE KEY", lines=3):
    body = "\\n".join(rs(64, string.ascii_letters + string.digits + "+/") for _ in range(lines))
    return "-----BEGIN %s-----\\n%s\\n-----END %s-----" % (kind, body, kind)


def aws():
    return R.choice(["AKIA", "ASIA"]) + rs(16, string.ascii_uppercase + "234567")


def ghp(prefix="ghp_"):
    return prefix + mixed(36)


def gh_fine():
    return "github_pat_" + mixed(22) + "_" + mixed(59)


def openai_proj():
    return "sk-proj-" + mixed(R.choice([48, 64, 74]), B64URL) + "T3BlbkFJ" + mixed(20, B64URL)


def openai_legacy():
    return "sk-" + mixed(20) + "T3BlbkFJ" + mixed(20)


def anthropic():
    return "sk-ant-api03-" + mixed(93, B64URL) + "AA"


def stripe(p="sk_live_"):
    return p + mixed(R.choice([24, 99]))


def slack(p="xoxb-"):
    return p + str(R.randint(10 ** 11, 10 ** 12 - 1)) + "-" + str(R.randint(10 ** 12, 10 ** 13 - 1)) + "-" + mixed(24)


def gapi():
    return "AIza" + mixed(35, B64URL)


def dob_us():
    return "%02d/%02d/%d" % (R.randint(1, 12), R.randint(1, 28), R.randint(1940, 2005))


def dob_eu(sep="."):
    return "%02d%s%02d%s%d" % (R.randint(1, 28), sep, R.randint(1, 12), sep, R.randint(1940, 2005))


def uuid():
    return "%s-%s-4%s-%s%s-%s" % (rs(8, HEX), rs(4, HEX), rs(3, HEX), R.choice("89ab"), rs(3, HEX), rs(12, HEX))


rows = []


def add(types, text):
    assert "\t" not in text and "\n" not in text, text
    rows.append((types, text))


# ============================================================ POSITIVES
# --- e-mail in structured contexts
add("EMAIL", '{"user":{"id":4821,"email":"%s","active":true}}' % "Karin.Vogt@Beispiel-Firma.DE")
add("EMAIL,PHONE", "id,name,email,phone\\n17,Ana Ruiz,ana.ruiz@correo.example.es,+34 612 345 678")
add("EMAIL", '<a href="mailto:SUPPORT@EXAMPLE.COM?subject=Hi">Write to us</a>')
add("EMAIL", "| Name | Contact |\\n|---|---|\\n| Lee Min | lee.min@studio.photography |")
add("EMAIL", "2024-06-01T12:00:03Z INFO auth login ok user=o.brien@mailhost.example.ie ip=unknown")
add("EMAIL", "Reply-To: <noreply+billing@accounts.example.international>")
add("EMAIL", "Kontakt (E-Mail: j.mueller@firma-beispiel.de), bitte bis Montag.")
add("EMAIL", "Courriel : claire.dubois@exemple.fr ; merci de confirmer.")
add("EMAIL", "Escríbeme a: pedro_garcia99@ejemplo.com.mx!")
add("EMAIL", "Admin mailbox is root@[192.168.10.5] on the test rig.")
add("EMAIL", "https://app.example.com/invite?ref=abc&email=tom.harris@example.net&lang=en")
add("EMAIL", "https://example.org/unsubscribe?email=jane.roe%40example.org&list=7")
add("EMAIL", "(see: f.o'connor@example.co.uk)")
add("EMAIL", "Ping DEV.OPS-Team@Sub.Example.Technology for access.")
add("EMAIL,EMAIL", "cc: a.b@example.com;c_d@example.com")
add("EMAIL", "From: \"Smith, John\" <John.Smith@Example.COM>")
add("EMAIL", "user e-mail was\\nmarta.k@example.pl\\nand she confirmed it")
add("EMAIL", "[mail](mailto:x.y.z@example.io)")
add("EMAIL", "addr:\"zoe.92@example.travel\"")
add("EMAIL,IP_ADDRESS", "May 12 09:14:55 mx1 postfix/smtpd[2211]: NOQUEUE: reject from unknown[203.0.113.77]: <victor.h@example.com>")

# --- phones
add("PHONE", "Call me at %s ext. 204 tomorrow." % nanp())
add("PHONE", "Phone: %s x31" % nanp("{a}-{b}-{c}"))
add("PHONE", "sms sent to +14155550187 (delivered)")
add("PHONE", '{"phone":"+447700900123","verified":false}')
add("PHONE", "Tel.: +49 (0)30 901820-44")
add("PHONE", "Tél. : +33 1 42 68 53 00")
add("PHONE", "Teléfono: +34 915 123 456")
add("PHONE", "mobile +91 98765 43210, after 6pm")
add("PHONE", "WhatsApp: +55 11 91234-5678")
add("PHONE", "Office line %s; fax is the same." % nanp("{a}.{b}.{c}"))
add("PHONE", "<a href=\"tel:+1-%s\">Call</a>" % nanp("{a}-{b}-{c}"))
add("PHONE", "Contact: 1-%s (toll free)" % nanp("{a}-{b}-{c}"))
add("PHONE", "caller_id=+61412345678&status=missed")
add("PHONE", "Reach our Tokyo desk on +81-3-1234-5678.")
add("PHONE", "Tel. 0044 20 7946 0958 (London office)")
add("PHONE", "Telefon: 030 12345678")
add("PHONE", "Téléphone : 01 23 45 67 89")
add("PHONE,PHONE", "Primary %s / secondary %s" % (nanp(), nanp("{a}-{b}-{c}")))
add("PHONE", "cell:+1 %s" % nanp("({a}) {b}-{c}"))
add("PHONE", "| Name | Phone |\\n|---|---|\\n| R. Patel | +44 20 7946 0018 |")
add("PHONE", "Mobil: +43 664 1234567")
add("PHONE", "phone=%s;" % nanp("{a}{b}{c}"))
add("PHONE,EMAIL", "Emergency contact: +353 87 123 4567, e-mail m.walsh@example.ie")
add("PHONE", "Call +1 (%s" % nanp("{a}) {b}-{c}") + ", ext 9 for billing.")

# --- SSN / ITIN
for fmt in ["SSN: {}", "social security number {} on file", '"ssn": "{}"', "ssn={}&dob_verified=1",
            "Employee SSN ({}) must be masked", "SS#: {}"]:
    add("SSN", fmt.format(ssn()))
add("SSN", "SSN: %s" % ssn().replace("-", " "))
add("SSN", "Social Security No. %s" % ssn().replace("-", ""))
add("SSN,DATE_OF_BIRTH", "Patient DOB %s, SSN %s" % (dob_us(), ssn()))
add("ITIN", "ITIN: %s" % itin())
add("ITIN", "Taxpayer ID (ITIN) %s was issued." % itin())

# --- cards
CARD_SPECS = [("4", 16), ("4", 13), ("4", 19), ("51", 16), ("55", 16), ("2221", 16), ("2720", 16), ("2500", 16),
              ("34", 15), ("37", 15), ("6011", 16), ("65", 16), ("644", 16), ("3528", 16)]
seps = [" ", "-", "", " ", "-"]
for i, (p, n) in enumerate(CARD_SPECS):
    c = card(p, n)
    if n == 15:
        shown = group(c, [4, 6, 5], seps[i % 5])
    elif n == 16:
        shown = group(c, [4, 4, 4, 4], seps[i % 5])
    else:
        shown = c if n == 13 else group(c, [4, 4, 4, 4], " ")
    ctx = ["Card: {}", "pay with {} exp 09/27", '"pan":"{}"', "cc={}&cvv=123", "Kreditkarte {}",
           "numéro de carte {}.", "tarjeta: {}", "card number ({})", "{}", "Visa/MC: {}",
           "|card|{}|", "charged {} yesterday", "card_no: {}", "<td>{}</td>"][i]
    add("CREDIT_CARD", ctx.format(shown))
c = card("4", 16)
add("CREDIT_CARD", "mixed separators %s-%s %s-%s" % (c[0:4], c[4:8], c[8:12], c[12:16]))
c = card("53", 16)
add("CREDIT_CARD", "card %s  %s  %s  %s (double spaces)" % (c[0:4], c[4:8], c[8:12], c[12:16]))
c = card("4", 16)
add("CREDIT_CARD", "card number:\\n%s %s\\n%s %s" % (c[0:4], c[4:8], c[8:12], c[12:16]))
add("CREDIT_CARD,CREDIT_CARD", "old %s, new %s" % (card("4", 16), group(card("37", 15), [4, 6, 5])))
add("CREDIT_CARD,EMAIL", "order for k.ito@example.jp paid by %s" % group(card("6011", 16), [4, 4, 4, 4], "-"))

# --- IP addresses
add("IP_ADDRESS", "GET /health 200 - client=%s" % ipv4())
add("IP_ADDRESS", "http://%s:8080/admin" % ipv4())
add("IP_ADDRESS,IP_ADDRESS", "X-Forwarded-For: %s, %s" % (ipv4(), ipv4()))
add("IP_ADDRESS", "allow from 10.20.0.0/16;")
add("IP_ADDRESS", "[%s]" % ipv4())
add("IP_ADDRESS", "server (192.168.1.254) rebooted")
add("IP_ADDRESS", "IPv6 2001:db8:85a3::8a2e:370:7334 assigned")
add("IP_ADDRESS", "ssh admin@fe80::1ff:fe23:4567:890a%eth0")
add("IP_ADDRESS", "mapped ::ffff:192.0.2.128 seen in logs")
add("IP_ADDRESS", "curl http://[2001:db8::42]:8443/status")
add("IP_ADDRESS", "loopback ::1 only")
add("IP_ADDRESS", "addr 2001:0DB8:0000:0000:0000:FF00:0042:8329 (uppercase)")
add("IP_ADDRESS", '{"remote_addr":"2a02:%s:%s:%s::%s"}' % (h4(), h4(), h4(), h4()))
add("IP_ADDRESS", "inet6 fd12:3456:789a:1::1/64 scope global")
add("IP_ADDRESS", "Verbindung von 81.12.34.201 abgelehnt.")
add("IP_ADDRESS,IP_ADDRESS", "route %s via %s" % (ipv4(), ipv4()))
add("IP_ADDRESS", "host=%s;port=5432" % ipv4())
add("IP_ADDRESS", "nameserver 2606:4700:4700::1111")
add("IP_ADDRESS", "last login from %s." % ipv4())
add("IP_ADDRESS", "| node | ip |\\n|---|---|\\n| web-1 | %s |" % ipv4())

# --- IBAN
for i, cc in enumerate(["DE", "FR", "GB", "ES", "IT", "NL", "BE", "CH", "AT", "PL", "SE", "IE", "PT", "NO",
                        "DK", "FI", "LU", "MT", "SA", "AE", "BR", "GR", "HR", "CZ", "RO", "LT", "EE"]):
    ib = iban(cc)
    shown = [iban4(ib), ib, iban4(ib).lower(), ib, iban4(ib), iban4(ib, "  ")][i % 6]
    ctx = ["IBAN: {}", "Bitte überweisen Sie auf {}.", "iban={}", "Kontonummer (IBAN) {}", "BIC/IBAN: XXXXDEFF / {}",
           '"iban": "{}"', "Compte {} - merci", "cuenta {}", "pay to {}", "{}", "IBAN {} (Hausbank)",
           "Bankverbindung:\\n{}", "refund IBAN {}!", "| IBAN | {} |", "<iban>{}</iban>", "IBAN:{}",
           "account: {}", "beneficiary IBAN {}", "IBAN {}", "to {} please", "IBAN no. {}", "Συνάγω IBAN {}",
           "račun {}", "IBAN {}", "cont IBAN {}", "sąskaita {}", "konto {}"][i]
    add("IBAN", ctx.format(shown))
ib = iban("DE")
add("IBAN", "IBAN DE%s %s%s %s %s %s" % (ib[2:4], ib[4:8], ib[8:10], ib[10:14], ib[14:18], ib[18:]))
ib = iban("GB")
add("IBAN,EMAIL", "Pay %s and send remittance to ap@example.co.uk" % iban4(ib))

# --- secrets
add("SECRET", "AWS_ACCESS_KEY_ID=%s" % aws())
add("SECRET,SECRET", "[default]\\naws_access_key_id = %s\\naws_secret_access_key = %s" % (aws(), mixed(40, ALNUM + "+/")))
add("SECRET", "GITHUB_TOKEN=%s" % ghp())
add("SECRET", "git clone https://%s@github.com/acme/private.git" % ghp())
add("SECRET", "token: %s" % gh_fine())
add("SECRET", "Found %s in CI logs" % ghp("gho_"))
add("SECRET", "OPENAI_API_KEY=%s" % openai_proj())
add("SECRET", 'client = OpenAI(api_key="%s")' % openai_legacy())
add("SECRET", "ANTHROPIC_API_KEY=%s" % anthropic())
add("SECRET", "x-api-key: %s" % anthropic())
add("SECRET", "stripe.api_key = '%s'" % stripe())
add("SECRET", "STRIPE_RESTRICTED=%s" % stripe("rk_live_"))
add("SECRET", "test key %s leaked" % stripe("sk_test_"))
add("SECRET", "SLACK_BOT_TOKEN=%s" % slack())
add("SECRET", "user token %s" % slack("xoxp-"))
add("SECRET", "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(8, UPPER_ALNUM), rs(10, UPPER_ALNUM), mixed(24)))
add("SECRET", "maps?key=%s&q=berlin" % gapi())
add("SECRET", "Authorization: Bearer %s" % jwt())
add("SECRET", "curl -H 'Authorization: Bearer %s' https://api.example.com" % jwt())
add("SECRET", '{"access_token":"%s","expires_in":3600}' % jwt())
add("SECRET", "id_token=%s&state=xyz" % jwt())
add("SECRET", pem())
add("SECRET", "key file:\\n" + pem("OPENSSH PRIVATE KEY", 4))
add("SECRET", pem("EC PRIVATE KEY", 2))
add("SECRET", pem("PRIVATE KEY", 3))
add("SECRET", "DB_PASSWORD=Xk9#mPq2!vL7")
add("SECRET", "password: \"hunter2-Orange!\"")
add("SECRET", '{"username":"svc","password":"Tr0ub4dor&3"}')
add("SECRET", "api_key=%s" % mixed(32, string.ascii_lowercase + string.digits))
add("SECRET", "apiKey: '%s'" % mixed(32, HEX))
add("SECRET", "spring.datasource.password=S3cure_Pa55")
add("SECRET", "DATABASE_URL=postgres://app:N0tS0Secret@db.internal:5432/app")
add("SECRET", "mongodb+srv://admin:Pa55w0rd99@cluster0.example.mongodb.net/test")
add("SECRET", "jdbc:sqlserver://db.example.com:1433;databaseName=hr;user=sa;password=Winter2024!")
add("SECRET,IP_ADDRESS", "redis://:r3d1sP4ss@%s:6379/0" % ipv4())
add("SECRET", "Passwort=Geheim!2024")
add("SECRET", "mot de passe : Soleil#2023")
add("SECRET", "contraseña=Clave*9876")
add("SECRET,SECRET", "# .env\\nSTRIPE_SECRET_KEY=%s\\nSESSION_SECRET=%s" % (stripe(), mixed(32)))
add("SECRET,EMAIL", "SMTP_USER=mailer@example.com\\nSMTP_PASSWORD=Ml9!xQ2zR")
add("SECRET", "auth_token=%s" % mixed(40, HEX))
add("SECRET", "<add key=\"ApiKey\" value=\"%s\" />" % gapi())
add("SECRET", "export AWS_ACCESS_KEY_ID=\"%s\"" % aws())
add("SECRET", "- name: DEPLOY_TOKEN\\n  value: %s" % ghp("ghs_"))
add("SECRET", "Authorization: token %s" % ghp())
add("SECRET", "secret_key = \"%s\"" % mixed(50, ALNUM + "!@#%^*-_"))

# --- MAC
add("MAC_ADDRESS", "device %s joined" % mac())
add("MAC_ADDRESS", "HWaddr %s" % mac(":", True))
add("MAC_ADDRESS", "MAC-Adresse: %s" % mac("-", True))
add("MAC_ADDRESS", "cisco: %s" % ".".join(rs(4, HEX) for _ in range(3)))
add("MAC_ADDRESS,IP_ADDRESS", "arp: %s at %s [ether]" % (ipv4(), mac()))
add("MAC_ADDRESS", '{"mac":"%s"}' % mac("-"))

# --- crypto
add("CRYPTO_ADDRESS", "send BTC to %s" % btc_legacy(0))
add("CRYPTO_ADDRESS", "P2SH: %s" % btc_legacy(5))
add("CRYPTO_ADDRESS", "wallet %s (segwit)" % bech32_addr())
add("CRYPTO_ADDRESS", "ETH: %s" % eth())
add("CRYPTO_ADDRESS", '{"to":"%s","value":"0.5"}' % eth())
add("CRYPTO_ADDRESS", "Spende an %s, danke!" % btc_legacy(0))

# --- US identifiers with context
add("PASSPORT", "Passport No.: %s" % "".join(R.choice(string.digits) for _ in range(9)))
add("PASSPORT", "passport number C%s issued 2019" % rs(8, string.digits))
add("PASSPORT", '{"passport":"%s"}' % rs(9, string.digits))
add("DRIVERS_LICENSE", "Driver's License: D%s" % rs(7, string.digits))
add("DRIVERS_LICENSE", "DL# %s (CA)" % ("B" + rs(7, string.digits)))
add("DRIVERS_LICENSE", "driver license number %s" % rs(9, string.digits))
add("MEDICAL_RECORD_NUMBER", "MRN: %s" % rs(8, string.digits))
add("MEDICAL_RECORD_NUMBER", "medical record number %s, ward 4" % rs(7, string.digits))
add("MEDICAL_RECORD_NUMBER", "Pt MRN#%s admitted" % rs(8, string.digits))
add("DATE_OF_BIRTH", "DOB: %s" % dob_us())
add("DATE_OF_BIRTH", "date of birth %d-%02d-%02d" % (R.randint(1950, 2004), R.randint(1, 12), R.randint(1, 28)))
add("DATE_OF_BIRTH", "geb. %s in Köln" % dob_eu())
add("DATE_OF_BIRTH", "né le %s à Lyon" % dob_eu("/"))
add("DATE_OF_BIRTH", "fecha de nacimiento: %s" % dob_eu("/"))
add("DATE_OF_BIRTH", '{"dob":"%d-%02d-%02d"}' % (R.randint(1950, 2004), R.randint(1, 12), R.randint(1, 28)))
add("DATE_OF_BIRTH", "born on %s" % dob_us())
add("DATE_OF_BIRTH", "Geburtsdatum: %s" % dob_eu())

# --- mixed records
add("EMAIL,PHONE,SSN", "name=J. Doe|email=j.doe@example.com|phone=%s|ssn=%s" % (nanp("{a}-{b}-{c}"), ssn()))
add("EMAIL,IP_ADDRESS,CREDIT_CARD", '{"email":"buyer@example.shop","ip":"%s","card":"%s"}' % (ipv4(), card("4", 16)))
add("PHONE,EMAIL,IBAN", "Herr Schmidt, Tel. +49 89 1234 5678, E-Mail: schmidt@example.de, IBAN %s" % iban4(iban("DE")))
add("EMAIL,SECRET", "user: deploy@example.com\\npassword: Spring#Rain42")
add("IP_ADDRESS,SECRET", "Connecting to %s with key %s" % (ipv4(), aws()))
add("PHONE,DATE_OF_BIRTH", "Tel: %s, DOB %s" % (nanp(), dob_us()))
add("EMAIL,CRYPTO_ADDRESS", "refund to %s, questions to pay@example.org" % eth())
add("EMAIL,MAC_ADDRESS", "<tr><td>ops@example.net</td><td>%s</td></tr>" % mac(":", True))

# ============================================================ HARD NEGATIVES
neg = []


def none(text):
    add("NONE", text)
    neg.append(text)


for _ in range(6):
    none("Card: %s" % group(bad_card(R.choice(["4", "51", "6011"]), 16), [4, 4, 4, 4], R.choice([" ", "-"])))
none("Amex %s declined (typo)" % group(bad_card("37", 15), [4, 6, 5]))
for cc in ["DE", "FR", "GB", "NL", "ES"]:
    none("IBAN: %s" % iban4(bad_iban(cc)))
none("IMEI: 490154203237518")
none("IMEI 35-209900-176148-1")
none("order #4012345678 shipped 2024-05-01")
none("Order number 2025550143 has been dispatched.")
none("Invoice INV-2024-000123 total $1,234,567.89")
none("Tracking: 1Z999AA10123456784")
none("ISBN 978-3-16-148410-0")
none("2024-03-14T10:22:33.456Z ERROR timeout after 30000 ms")
none("timestamp=1710412953 latency_ms=245")
none("commit 9fceb02d0ae598e95dc970b74767f19372d61af8")
none("sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
none("request_id=%s" % uuid())
none("trace %s span %s" % (uuid(), rs(16, HEX)))
none("Upgrade to version 2.14.3 or 10.4.0-rc.1")
none("OID 1.3.6.1.4.1.311.21.8 found in certificate")
none("snmpget -v2c -c public host 1.3.6.1.2.1.1.5.0")
none("Section 4.2.1.3 of the spec")
none("release 1.2.3.4 tagged yesterday")
none("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")
none('<script src="app.js" integrity="sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC"></script>')
none("docker pull nginx@sha256:%s" % rs(64, HEX))
none("Meeting at 10:30:00 in room 4B; call ends 11:45.")
none("std::vector<int> v; std::map<a::b, c::d> m;")
none("The ratio was 3:2:1:4:5:6 across groups.")
none("Coordinates 52.520008, 13.404954")
none("Price: 1.299,00 EUR; Menge 1.000")
none("ZIP 94105-1234 and PO Box 12345")
none("SSN: 000-12-3456 (invalid test value)")
none("SSN 666-45-6789 is never issued")
none("ssn: 123-00-4567")
none("ID 987-45-4320 appears in the ad samples")
none("Port range 49152-65535 open")
none("Temperature log: 21.5, 22.0, 22.4, 23.1")
none("Phone: N/A")
none("call 911 or 112 in an emergency")
none("@Override public String toString() { return name; }")
none("npm install @types/node@20.11.5 --save-dev")
none("Follow @octollm on social media")
none("email: <redacted>")
none("password: ********")
none("password=${DB_PASSWORD}")
none("api_key=YOUR_API_KEY_HERE")
none("token = os.environ[\"GITHUB_TOKEN\"]")
none("Set OPENAI_API_KEY in your environment before running.")
none("-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE%s\\n-----END PUBLIC KEY-----" % rs(40, ALNUM))
none("-----BEGIN CERTIFICATE-----\\nMIIC%s\\n-----END CERTIFICATE-----" % rs(60, ALNUM))
none("Header only: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9")
none("tx hash 0x%s confirmed" % rs(64, HEX))
none("git sha %s" % rs(40, HEX))
none("color: #1a2b3c; margin: 0 4px;")
none("MAC OS X 10.15.7 (Catalina)")
none("sklearn.model_selection uses sk-learn naming; task-force meeting at 9")
none("The pk_test key for the demo UI is public by design")
none("Use the prefix ghp_ for classic tokens and github_pat_ for fine-grained ones.")
none("AKIA is the prefix of long-term AWS access keys.")
none("Call 1-800-FLOWERS for delivery")
none("Total: 4111 items, 1111 returned, 1111 pending, 1111 lost")
none("Batch 2024 0915 3344 0012 processed")
none("Matrix 12 34 56 78 90 12 34 56")
none("Serial number SN 5105 1051 0510 5106 X")
none("Account balance 12,345.67 on 2024-01-31")
none("DOB field is optional in the form")
none("MRN field left blank")
none("Passport office opens at 9; bring two photos.")
none("Driver's license renewals take 3-5 business days.")
none("version=1.0.0;build=20240914.3")
none("GUID {3F2504E0-4F89-11D3-9A0C-0305E82C3301}")
none("base64: U29tZSByYW5kb20gdGV4dCB0aGF0IGlzIG5vdCBhIGtleSBhdCBhbGw=")
none("hex dump: de ad be ef 00 11 22 33 44 55 66 77")
none("Fibonacci: 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144")
none("Room 301-302, Building 7, Floor 3")
none("Chapter 12: 1984-2004 retrospective")
none("Nächster Termin: 14.03.2025 um 10:00 Uhr")
none("Rendez-vous le 03/04/2025 à 14h30")
none("Pedido 1234567890 enviado el 12/05/2024")
none("ratio=0.75&page=2&limit=50&sort=-created_at")
none("The SKU is AB-1234-CD-5678")
none("Kubernetes pod web-7d9f8c6b5-xk2lp restarted")
none("bitcoin whitepaper published 2008-10-31")
none("Ethereum gas price 0x3b9aca00 wei")
none("UNIX permissions 0755 and umask 0022")
none("IPv6 is defined in RFC 8200; the :: shorthand compresses zeros.")
none("Score 98-97-95 after three rounds")
none("Lottery numbers 04 15 23 42 08 16")
none("card ending in 4242, expires 12/26")
none("Last four of SSN: 6789")
none("HTTP/1.1 200 OK Content-Length: 348")
none("Error code 0x80070005 access denied")
none("Serial: 8C:xx redacted; MAC masked")
none("Build 5.4.0-150-generic #167-Ubuntu SMP")
none("line 1234567890123456 in the output is a row id")
none("ID card template: XX-0000-0000")
none("Temperature 36.6C at 12:05:33")
none("Winning bid 4,532,015,112 credits")
none("The DE IBAN format is DEkk bbbb bbbb cccc cccc cc")

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "..", "src", "test", "resources", "corpus", "pii-blind2.tsv")
    pos = [r for r in rows if r[0] != "NONE"]
    ents = sum(len(r[0].split(",")) for r in pos)
    with open(out, "w", encoding="utf-8") as f:
        f.write("# expected PII types (comma-separated, NONE for none) <TAB> text. Blind set 2, generated by "
                "tools/gen_pii_blind2.py; fake values only. \\n in text is a line break.\n")
        for t, text in rows:
            f.write(t + "\t" + text + "\n")
    print("positive texts %d, entities %d, negative texts %d" % (len(pos), ents, len(neg)))
