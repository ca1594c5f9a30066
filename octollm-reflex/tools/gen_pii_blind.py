#!/usr/bin/env python3
"""Generates src/test/resources/corpus/pii-blind.tsv: a blind PII set written before tuning.

All values are synthetic (random digits/letters) but carry valid checksums where the type has one
(Luhn, IBAN mod-97, Base58Check, Bech32/Bech32m). Fixed seed, so the output is reproducible:

    python3 octollm-reflex/tools/gen_pii_blind.py > octollm-reflex/src/test/resources/corpus/pii-blind.tsv

Label convention (same as pii.tsv / AccuracyTest): comma-separated expected types, one per entity,
matched by type and count (no spans); NONE for a text with no PII.
"""
import random
import string

from checksums import BECH32M, b58check, bech32_encode, five_bit_groups, iban_check_digits, luhn_ok

R = random.Random(20240611)
ALNUM = string.ascii_letters + string.digits
UP_ALNUM = string.ascii_uppercase + string.digits


def rs(n, alphabet=ALNUM):
    return "".join(R.choice(alphabet) for _ in range(n))


def digits(n, first=None):
    s = "".join(R.choice(string.digits) for _ in range(n))
    if first is not None:
        s = first + s[len(first):]
    return s


# ------------------------------------------------------------------ checksums

def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    for c in string.digits:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def luhn_bad(prefix, length):
    good = luhn_complete(prefix, length)
    last = (int(good[-1]) + 3) % 10
    return good[:-1] + str(last)


def group(num, sizes, sep):
    out, p = [], 0
    for s in sizes:
        out.append(num[p:p + s])
        p += s
    if p < len(num):
        out.append(num[p:])
    return sep.join(out)


IBAN_BBAN = {  # country: (total length, BBAN pattern: n=digit, a=upper letter, c=alnum)
    "DE": (22, "n" * 18), "GB": (22, "aaaa" + "n" * 14), "FR": (27, "n" * 10 + "c" * 11 + "nn"),
    "ES": (24, "n" * 20), "NL": (18, "aaaa" + "n" * 10), "IT": (27, "a" + "n" * 10 + "c" * 12),
    "CH": (21, "n" * 5 + "c" * 12), "BE": (16, "n" * 12), "AT": (20, "n" * 16), "PL": (28, "n" * 24),
    "SE": (24, "n" * 20), "NO": (15, "n" * 11), "IE": (22, "aaaa" + "n" * 14), "PT": (25, "n" * 21),
    "DK": (18, "n" * 14), "FI": (18, "n" * 14), "CZ": (24, "n" * 20), "RO": (24, "aaaa" + "c" * 16),
    "LU": (20, "nnn" + "c" * 13), "HU": (28, "n" * 24), "SA": (24, "nn" + "c" * 18), "TR": (26, "n" * 5 + "0" + "c" * 16),
}


def iban_checked(cc, bban):
    return f"{cc}{iban_check_digits(cc, bban):02d}{bban}"


def iban(cc, spaced=True):
    _, pat = IBAN_BBAN[cc]
    bban = ""
    for p in pat:
        if p == "n":
            bban += R.choice(string.digits)
        elif p == "a":
            bban += R.choice(string.ascii_uppercase)
        elif p == "c":
            bban += R.choice(UP_ALNUM)
        else:
            bban += p
    v = iban_checked(cc, bban)
    assert len(v) == IBAN_BBAN[cc][0]
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if spaced else v


def legacy_address(version):
    return b58check(version, bytes(R.getrandbits(8) for _ in range(20)))


def bech32_addr(witver, nbytes):
    prog = [R.getrandbits(8) for _ in range(nbytes)]
    return bech32_encode("bc", [witver] + five_bit_groups(prog), 1 if witver == 0 else BECH32M)


def eth():
    return "0x" + rs(40, "0123456789abcdef")


# ------------------------------------------------------------------ other value makers

def ssn():
    while True:
        area = R.randint(1, 899)
        if area != 666:
            return f"{area:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def itin():
    grp = R.choice(list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
    return f"9{R.randint(0, 99):02d}-{grp:02d}-{R.randint(1, 9999):04d}"


def nanp():
    return R.randint(2, 9) * 100 + R.randint(0, 99), R.randint(2, 9) * 100 + R.randint(0, 99), R.randint(0, 9999)


def mac(sep=":", upper=False):
    m = sep.join(rs(2, "0123456789abcdef") for _ in range(6))
    return m.upper() if upper else m


def jwt():
    import base64
    import json
    def b64(o):
        return base64.urlsafe_b64encode(json.dumps(o).encode()).decode().rstrip("=")
    head = b64({"alg": "HS256", "typ": "JWT"})
    body = b64({"sub": digits(10), "name": "Pat Doe", "iat": 1716200000 + R.randint(0, 99999)})
    return f"{head}.{body}.{rs(43, ALNUM + '-_')}"


def pem(kind):
    lines = "\\n".join(rs(64, ALNUM + "+/") for _ in range(3))
    label = f"{kind} PRIVATE KEY" if kind else "PRIVATE KEY"
    return f"-----BEGIN {label}-----\\n{lines}\\n{rs(20, ALNUM)}==\\n-----END {label}-----"


def v4():
    return f"{R.randint(1, 223)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


rows = []


def add(labels, text):
    rows.append((labels, text))


# ------------------------------------------------------------------ EMAIL
add("EMAIL", "Please loop in priya.raman+billing@finance.northwind-traders.com on the renewal thread.")
add("EMAIL", "Reply-To: Jane Roe <jane.roe@contoso.org>")
add("EMAIL", "My work address is K.Okafor@Eng.Globex-Corp.CO.UK, personal one I'd rather not share.")
add("EMAIL", "ping ops_oncall-2@alerts.eu-west.internal-tools.io if the job fails again")
add("EMAIL", "<a href=\"mailto:kontakt@baeckerei-mueller.de\">Schreiben Sie uns</a>")
add("EMAIL", "{\"user\": {\"id\": 8812, \"email\": \"m.dubois77@orange.fr\", \"verified\": true}}")
add("EMAIL", "email=t.nguyen@student.uni-heidelberg.de&newsletter=1")
add("EMAIL,EMAIL", "cc: a.kowalski@firma.pl, b.nowak@firma.pl")
add("EMAIL", "Forwarded message from: noreply+ticket-44812@support.zendesk-mail.net")
add("EMAIL", "The customer (lucia.fernandez@telefonica.es) asked for a refund.")
add("EMAIL", "Send the signed NDA to legal@acme-robotics.ai.")
add("EMAIL,PHONE", "Contact: Sam Patel, sam.patel@brightpath.health, (312) 555-0143")
add("EMAIL", "git config user.email \"dev.lee1990@gmail.com\"")
add("EMAIL", "login failed for user 'h.tanaka@keio.ac.jp' from the mobile app")
add("EMAIL", "Customer email: OLIVIA.BROWN@YAHOO.COM")
add("EMAIL", "reach me on x.y.z_123@sub1.sub2.example-mail.museum any time")

# ------------------------------------------------------------------ PHONE
add("PHONE", "Our London office: +44 20 7946 0958 (ask for reception).")
add("PHONE", "Call me at (415) 555-2671 after 6pm.")
add("PHONE", "cell 415.555.2671")
add("PHONE", "WhatsApp: +1-415-555-2671")
add("PHONE", "Berlin desk +49 30 901820, Mo-Fr.")
add("PHONE", "Tel. +33 1 42 68 53 00")
add("PHONE", "Für Rückfragen: +49 (0)89 2180 3412")
add("PHONE", "Mobile: +61 412 345 678")
add("PHONE", "Japan support line +81-3-5422-1300")
add("PHONE", "He gave his number as 646-555-0177 and hung up.")
add("PHONE", "Dispatch called from 1-312-555-0198 at 03:12.")
add("PHONE", "phone: 2125550143")
add("PHONE", "Direct line 800 555 0199, option 3.")
add("PHONE", "tel:+14155552671")
add("PHONE", "Emergency contact: Maria (mother) +34 612 34 56 78")
add("PHONE", "Mumbai: +91 98765 43210")
add("PHONE", "Please text +1 (917) 555-0123 with the code.")
add("PHONE", "Fax (202)555-0187")
add("PHONE", "Reach our São Paulo team at +55 11 3456-7890.")
add("PHONE,PHONE", "Office 503-555-0111, after hours 503-555-0188.")
add("PHONE", "{\"name\":\"R. Singh\",\"phone\":\"+447911123456\"}")
add("PHONE", "Customer callback number: 1 (888) 555-0142")
a, b, c = nanp()
add("PHONE", f"my cell is {a}-{b}-{c:04d} if anything comes up")
add("PHONE", "Ring the front desk on +353 1 234 5678.")
add("PHONE", "customer phone 713.555.0166, prefers mornings")

# ------------------------------------------------------------------ SSN / ITIN
add("SSN", f"SSN: {ssn()}")
add("SSN", f"Employee social security number {ssn()} on file.")
add("SSN", f"Applicant SSN {ssn().replace('-', ' ')}, DOB withheld.")
add("SSN", f"ssn={ssn().replace('-', '')}")
add("SSN", f"Her Social Security No. is {ssn()}.")
add("SSN", f"W-2 box a (employee's SSN): {ssn()}")
add("SSN,EMAIL", f"Name: Dana White; SSN {ssn()}; email dana.white@comcast.net")
add("SSN", f"Please verify the last tax filing for SSN# {ssn()}")
add("ITIN", f"ITIN: {itin()}")
add("ITIN", f"Individual Taxpayer Identification Number {itin()} (issued 2019)")
add("ITIN", f"Her ITIN is {itin().replace('-', '')}.")
add("ITIN", f"taxpayer id {itin()}")

# ------------------------------------------------------------------ CREDIT_CARD
add("CREDIT_CARD", f"Card number: {group(luhn_complete('4', 16), [4, 4, 4, 4], ' ')} exp 09/27")
add("CREDIT_CARD", f"Charge it to {group(luhn_complete('51', 16), [4, 4, 4, 4], '-')} please.")
add("CREDIT_CARD", f"mastercard {group(luhn_complete('2221', 16), [4, 4, 4, 4], ' ')}")
add("CREDIT_CARD", f"MC 2-series: {luhn_complete('2720', 16)}")
add("CREDIT_CARD", f"Amex {group(luhn_complete('37', 15), [4, 6, 5], ' ')} CVV on back")
add("CREDIT_CARD", f"AMEX: {luhn_complete('34', 15)}")
add("CREDIT_CARD", f"Discover {group(luhn_complete('6011', 16), [4, 4, 4, 4], '-')}")
add("CREDIT_CARD", f"discover card {luhn_complete('65', 16)}")
add("CREDIT_CARD", f"Visa {luhn_complete('4', 13)} (old 13-digit card)")
add("CREDIT_CARD", f"{{\"pan\": \"{luhn_complete('4', 16)}\", \"exp\": \"11/26\"}}")
add("CREDIT_CARD", f"Customer read out {group(luhn_complete('55', 16), [4, 4, 4, 4], ' ')} over the phone.")
add("CREDIT_CARD", f"cc_number={luhn_complete('4', 16)}")
add("CREDIT_CARD", f"JCB {group(luhn_complete('3530', 16), [4, 4, 4, 4], ' ')}")
add("CREDIT_CARD", f"Diners Club {group(luhn_complete('36', 14), [4, 6, 4], ' ')}")
add("CREDIT_CARD", f"Visa ending in 4421? no, full number is {group(luhn_complete('4', 16), [4, 4, 4, 4], ' ')}")
add("CREDIT_CARD", f"card: {luhn_complete('4', 19)}")
add("CREDIT_CARD,CREDIT_CARD", f"Old card {luhn_complete('4', 16)} replaced by {group(luhn_complete('53', 16), [4, 4, 4, 4], ' ')}.")
add("CREDIT_CARD", f"Payment failed for {group(luhn_complete('2500', 16), [4, 4, 4, 4], '-')}, retry tomorrow.")
add("CREDIT_CARD,SSN", f"Fraud report: card {luhn_complete('4', 16)} opened with SSN {ssn()}.")
add("CREDIT_CARD", f"UnionPay {luhn_complete('62', 16)}")
# Published test card numbers in a docs context are labelled CREDIT_CARD, like pii.tsv does ("Use
# 6011000990139424 for the test payment."): a detector cannot tell a test number from a real one, a
# missed real card is critical while redacting a test number costs nothing.
add("CREDIT_CARD", "Stripe docs: use the test card 4242 4242 4242 4242 with any future expiry in test mode.")
add("CREDIT_CARD", "For sandbox payments use test card number 4111 1111 1111 1111 (documentation example).")
add("CREDIT_CARD", "In test mode, 5555 5555 5555 4444 is the Mastercard test number from the docs.")

# ------------------------------------------------------------------ IP_ADDRESS
add("IP_ADDRESS", f"Failed SSH login from {v4()} (3 attempts)")
add("IP_ADDRESS", f"The API server listens on {v4()}:8443.")
add("IP_ADDRESS", f"Whitelist the subnet {R.randint(11, 190)}.{R.randint(0, 255)}.{R.randint(0, 255)}.0/24 in the firewall.")
add("IP_ADDRESS", "client_ip=203.0.113.57 user_agent=\"Mozilla/5.0\"")
add("IP_ADDRESS", "nameserver 8.8.4.4")
add("IP_ADDRESS", "My home IP is 86.142.17.203, can you unblock it?")
add("IP_ADDRESS", "X-Forwarded-For: 198.51.100.23")
add("IP_ADDRESS", "IPv6: 2001:db8:85a3::8a2e:370:7334")
add("IP_ADDRESS", "inet6 fe80::1ff:fe23:4567:890a%eth0 prefixlen 64")
add("IP_ADDRESS", "Full form 2001:0db8:0000:0042:0000:8a2e:0370:7334 is the same host.")
add("IP_ADDRESS", "curl -g http://[2001:db8::1]:8080/health")
add("IP_ADDRESS", "loopback is ::1 on this box")
add("IP_ADDRESS", "mapped address ::ffff:192.0.2.128 shows up in the logs")
add("IP_ADDRESS", "Route 2a02:26f0:1a00::5c7a:e3b1 via eth1")
add("IP_ADDRESS,IP_ADDRESS", f"Traffic from {v4()} to {v4()} was dropped.")
add("IP_ADDRESS", "[2024-05-02 11:04:13] WARN rate limit exceeded for 172.16.254.1")
add("IP_ADDRESS", "peer address: 2001:DB8:AC10:FE01::")

# ------------------------------------------------------------------ IBAN
for cc, spaced, tmpl in [
    ("DE", True, "Bitte überweisen Sie auf IBAN {}."),
    ("GB", True, "Our bank details: {} (Barclays)"),
    ("FR", True, "RIB / IBAN : {}"),
    ("ES", False, "IBAN {} titular Carlos Ruiz"),
    ("NL", True, "rekening {} t.n.v. J. de Vries"),
    ("IT", False, "iban={}"),
    ("CH", True, "Zahlbar an {}"),
    ("BE", True, "Refund to account {} please."),
    ("AT", False, "Konto: {}"),
    ("PL", True, "Numer rachunku: {}"),
    ("SE", False, "{{\"iban\": \"{}\", \"bic\": \"ESSESESS\"}}"),
    ("NO", True, "IBAN: {}"),
    ("IE", True, "Wire to {} by Friday."),
    ("PT", False, "Transferência para {}"),
    ("RO", True, "Cont IBAN {}"),
    ("SA", False, "Beneficiary IBAN {}"),
    ("DK", True, "Kontonummer (IBAN) {}."),
]:
    add("IBAN", tmpl.format(iban(cc, spaced)))
add("IBAN", f"lowercase works too: {iban('DE', False).lower()}")
add("IBAN,EMAIL", f"Invoice to billing@kleinbau.at, pay to {iban('AT', True)}")

# ------------------------------------------------------------------ SECRET
add("SECRET", f"aws_access_key_id = AKIA{rs(16, UP_ALNUM)}")
add("SECRET", f"export AWS_ACCESS_KEY_ID=AKIA{rs(16, UP_ALNUM)}")
add("SECRET", f"aws_secret_access_key = {rs(40, ALNUM + '/+')}")
add("SECRET", f"I accidentally pushed ghp_{rs(36)} to the public repo, how do I rotate it?")
add("SECRET", f"GITHUB_TOKEN: github_pat_{rs(22)}_{rs(59)}")
add("SECRET", f"openai.api_key = \"sk-{rs(48)}\"")
add("SECRET", f"OPENAI_API_KEY=sk-proj-{rs(64, ALNUM + '-_')}")
add("SECRET", f"client = Anthropic(api_key=\"sk-ant-api03-{rs(93, ALNUM + '-_')}AA\")")
add("SECRET", f"ANTHROPIC_API_KEY=sk-ant-api03-{rs(93, ALNUM + '-_')}AA")
add("SECRET", f"stripe.api_key = 'sk_live_{rs(24)}'")
add("SECRET", f"STRIPE_SECRET_KEY=sk_test_{rs(99)}")
add("SECRET", f"restricted key rk_live_{rs(24)} for the reporting job")
add("SECRET", f"SLACK_BOT_TOKEN=xoxb-{digits(12)}-{digits(13)}-{rs(24)}")
add("SECRET", f"user token xoxp-{digits(12)}-{digits(12)}-{digits(13)}-{rs(32, '0123456789abcdef')}")
add("SECRET", f"const mapsKey = \"AIza{rs(35, ALNUM + '-_')}\";")
add("SECRET", f"Authorization: Bearer {jwt()}")
add("SECRET", f"token={jwt()}")
add("SECRET", f"here is the jwt from the cookie: {jwt()}")
add("SECRET", pem("RSA"))
add("SECRET", "key file contents:\\n" + pem("OPENSSH"))
add("SECRET", pem("EC"))
add("SECRET", pem(""))
add("SECRET", "DB_PASSWORD=Tr0ub4dor&3xq")
add("SECRET", "spring.datasource.password=Winter2024!Prod")
add("SECRET", "database:\\n  host: db.internal\\n  user: app\\n  password: \"S3cure#Pa55w0rd\"")
add("SECRET", "{\"api_key\": \"" + rs(32, "0123456789abcdef") + "\", \"region\": \"eu-west-1\"}")
add("SECRET", "headers = {\"x-api-key\": \"" + rs(40) + "\"}")
add("SECRET", "MYSQL_ROOT_PASSWORD=" + rs(16))
add("SECRET", "login with username admin and password: Hunter2024!")
add("SECRET", "client_secret: " + rs(34, ALNUM + "~._-"))
add("SECRET", "SENDGRID_API_KEY=SG." + rs(22, ALNUM + "-_") + "." + rs(43, ALNUM + "-_"))
add("SECRET", "DATABASE_URL=postgres://app_user:Xq9vLw2mTz@db.prod.internal:5432/orders")
add("SECRET", "apiKey: '" + rs(32) + "'")
add("SECRET", "passwd = 'n0tS0s3cret!'")
add("SECRET,SECRET", f"[default]\\naws_access_key_id = AKIA{rs(16, UP_ALNUM)}\\naws_secret_access_key = {rs(40, ALNUM + '/+')}")
add("SECRET,IP_ADDRESS", "PGPASSWORD=" + rs(14) + " psql -h 10.0.0.5 -U postgres")
add("SECRET", "https://hooks.slack.com/services/T" + rs(8, UP_ALNUM) + "/B" + rs(8, UP_ALNUM) + "/" + rs(24))
add("SECRET", "access_token: " + rs(40, ALNUM))
add("SECRET", "The admin password is Qw3rty!9876, change it after first login.")

# ------------------------------------------------------------------ MAC
add("MAC_ADDRESS", f"ether {mac()} txqueuelen 1000")
add("MAC_ADDRESS", f"Device MAC: {mac(':', True)}")
add("MAC_ADDRESS", f"Physical Address. . . . : {mac('-', True)}")
add("MAC_ADDRESS", f"whitelisted {mac('-')} on the guest network")
add("MAC_ADDRESS", "switch reports 0050.56c0.0001 on Gi0/3")
add("MAC_ADDRESS,IP_ADDRESS", f"DHCP lease: {mac()} -> 192.168.1.{R.randint(2, 254)}")

# ------------------------------------------------------------------ CRYPTO
add("CRYPTO_ADDRESS", f"Send the BTC to {legacy_address(0)} once confirmed.")
add("CRYPTO_ADDRESS", f"multisig address {legacy_address(5)}")
add("CRYPTO_ADDRESS", f"bitcoin:{bech32_addr(0, 20)}?amount=0.01")
add("CRYPTO_ADDRESS", f"Taproot wallet {bech32_addr(1, 32)}")
add("CRYPTO_ADDRESS", f"segwit p2wsh: {bech32_addr(0, 32)}")
add("CRYPTO_ADDRESS", f"ETH: {eth()}")
add("CRYPTO_ADDRESS", f"Please refund to my wallet {eth()}.")
add("CRYPTO_ADDRESS,EMAIL", f"Donations: {legacy_address(0)} or write to donate@openfound.org")

# ------------------------------------------------------------------ US identifiers with context
add("PASSPORT", f"Passport number: {digits(9, '5')}")
add("PASSPORT", f"US passport no. C{digits(8)}, expires 2031.")
add("PASSPORT", f"Traveller passport # {digits(9, '4')}")
add("PASSPORT", f"passport: X{digits(8)}")
add("PASSPORT", f"Her passport {digits(9, '6')} was issued in Chicago.")
add("DRIVERS_LICENSE", f"Driver's License: D{digits(7)}")
add("DRIVERS_LICENSE", f"CA driver license number B{digits(7)}")
add("DRIVERS_LICENSE", f"DL# {digits(8)}")
add("DRIVERS_LICENSE", f"driver's licence no. S{digits(3)}-{digits(4)}-{digits(4)}")
add("DRIVERS_LICENSE", f"Texas driver license {digits(8, '2')} (class C)")
add("DRIVERS_LICENSE", f"NY driver's license {digits(3, '1')} {digits(3)} {digits(3)}")
add("MEDICAL_RECORD_NUMBER", f"MRN: {digits(8, '00')}")
add("MEDICAL_RECORD_NUMBER", f"Patient MRN {digits(7)} admitted to ward 4B.")
add("MEDICAL_RECORD_NUMBER", f"medical record number {digits(9)}")
add("MEDICAL_RECORD_NUMBER", f"Patient ID: {digits(6)}")
add("MEDICAL_RECORD_NUMBER", f"MRN#{digits(7)}")
add("MEDICAL_RECORD_NUMBER,DATE_OF_BIRTH", f"Pt. MRN {digits(8)}, DOB 02/11/1967")
add("DATE_OF_BIRTH", "DOB: 03/14/1985")
add("DATE_OF_BIRTH", "Date of birth: 1990-07-22")
add("DATE_OF_BIRTH", "geboren am 14.03.1985 in Köln")
add("DATE_OF_BIRTH", "D.O.B. 7/4/1990")
add("DATE_OF_BIRTH", "birthdate 04-07-1988")
add("DATE_OF_BIRTH", "She was born on March 14, 1985 in Ohio.")
add("DATE_OF_BIRTH", "date of birth: 14 March 1985")
add("DATE_OF_BIRTH,SSN", f"born 12/30/1979, SSN {ssn()}")
add("DATE_OF_BIRTH", "Birthday: 1979-12-30")

# ------------------------------------------------------------------ mixed records
for _ in range(10):
    a, b, c = nanp()
    first = R.choice(["Ana", "Ben", "Chloe", "Dev", "Emeka", "Farah", "Gus", "Hana", "Ivan", "Jo"])
    last = R.choice(["Silva", "Ng", "Okoro", "Meyer", "Rossi", "Kim", "Haddad", "Park", "Novak", "Reyes"])
    dom = R.choice(["gmail.com", "outlook.com", "proton.me", "icloud.com", "web.de"])
    add("EMAIL,PHONE,CREDIT_CARD",
        f"Order 48{digits(6)} — {first} {last}, {first.lower()}.{last.lower()}@{dom}, ({a}) {b}-{c:04d}, "
        f"card {group(luhn_complete(R.choice(['4', '51', '6011']), 16), [4, 4, 4, 4], ' ')}")
for _ in range(4):
    add("EMAIL,IP_ADDRESS", f"login ok user={rs(6, string.ascii_lowercase)}@{R.choice(['acme.com', 'globex.io'])} ip={v4()}")
add("PHONE,EMAIL,IBAN", f"Kontakt: +49 40 {digits(6, '3')}, info@hanse-bau.de, IBAN {iban('DE', True)}")
add("SECRET,IP_ADDRESS", f"ssh -i id_rsa deploy@10.20.{R.randint(0, 255)}.{R.randint(1, 254)} && export GH_TOKEN=ghp_{rs(36)}")
add("SSN,PHONE,DATE_OF_BIRTH", f"Patient: L. Moreau, DOB 05/09/1958, SSN {ssn()}, phone 617-555-0134")

# ------------------------------------------------------------------ hard negatives (no PII)
neg = [
    "Order #A-10293847 shipped on 2024-03-15.",
    "Your order number is 4829301746; keep it for returns.",
    "Upgrade to version 2.4.1 before Friday.",
    "Windows 10.0.19045 build fails on the CI runner.",
    "Bumped spring-boot from 3.2.4 to 3.2.5.",
    "Firmware 4.2.0.1 fixes the boot loop.",
    "Tested on Chrome 124.0.6367.91 and Firefox 125.0.3.",
    "request_id=550e8400-e29b-41d4-a716-446655440000",
    "trace 3f2504e0-4f89-11d3-9a0c-0305e82c3301 took 12 ms",
    "Correlation-Id: 12345678-1234-5678-1234-567812345678",
    "Deployed at 2024-05-02T11:04:13Z, rollback at 2024-05-02T11:19:40.512+02:00.",
    "epoch 1714647853 corresponds to early May 2024",
    "The meeting runs 10:30:00 to 11:45:00 on Tuesday.",
    "Brand colours: #1E90FF, #ff5733 and #333.",
    "color: #a3c9f1; background-color: #0b0c0d;",
    "Fixed in commit 9fceb02d0ae598e95dc970b74767f19372d61af8.",
    "git cherry-pick 3e1f7a2 then rebase onto a94a8fe5ccb19ba61c4c0873d391e987982fbbd3",
    "ISBN 978-0-13-468599-1, 2nd edition.",
    "ISBN-10: 0-306-40615-2",
    "ISBN 9780262033848 (hardcover)",
    "UPS tracking 1Z999AA10123456784 shows delivered.",
    "FedEx tracking number 7489 2910 3384",
    "USPS: 9400 1000 0000 0000 0000 00",
    "Your package 9405511899223856927840 is out for delivery.",
    "Total due: $1,299.99 (incl. VAT €249,50).",
    "Price dropped from 4 299,00 kr to 3 899,00 kr.",
    "SKU-48213-BLK is back in stock; ASIN B07XJ8C8F5.",
    "Part number 1756-L71 replaces 1756-L61.",
    "Card 4111 1111 1111 1112 was declined (invalid number).",
    "The string 5425 2334 3010 9904 fails the checksum, so the form rejects it.",
    "IBAN DE89 3704 0044 0532 0130 01 is rejected by the validator.",
    "Invalid SSNs like 000-12-3456 and 666-45-6789 are never issued.",
    "123-00-4567 has a zero group, so it's not an SSN.",
    "Router firmware v1.2.3.4 is out; release 10.0.0.1 follows next week.",
    "Set SNMP OID 1.3.6.1.2.1.1.5.0 to the hostname.",
    "Python 3.11.7, numpy 1.26.4, pandas 2.2.1",
    "Use an address like user@example in the template.",
    "Mention @octocat or @team-reviewers on the PR.",
    "Placeholder: name@domain",
    "The decorator @app.route('/users') registers the handler.",
    "Install with pip install requests==2.31.0",
    "api_key=YOUR_API_KEY_HERE",
    "password=<your-password>",
    "password: ********",
    "Set DB_PASSWORD=${DB_PASSWORD} in the compose file.",
    "token: null",
    "api_key: \"\"",
    "Forgot your password? Click the reset link.",
    "The password field must have at least 12 characters.",
    "Enter your API key in Settings > Developer.",
    "Rotate the token every 90 days; tokens must not be logged.",
    "Invoice INV-2024-000381 for 12 licences, 3 months.",
    "Room 4B, floor 12, building 3.",
    "Coordinates 52.5200, 13.4050 (Berlin).",
    "Temperature ranged from -4.5 to 12.3 °C.",
    "The ratio 16:9 vs 4:3 matters for the slides.",
    "Chapter 3.2.1 covers the proof; see also 3.2.10.",
    "Error code 0x80070005 means access denied.",
    "Memory at 0x7ffd5f8e3a10 was freed twice.",
    "SHA-256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "md5 d41d8cd98f00b204e9800998ecf8427e",
    "Docker image sha256:4bcff63911fcb4448bd4fdacec207030997caf25e9bea4045fa6c8c44de311d1",
    "The population grew from 8 336 817 to 8 804 190.",
    "Scored 1450 on the SAT and 32 on the ACT.",
    "Flight LH 401 departs 13:05 from gate B22.",
    "Lot 20240315-07, expiry 2026-03.",
    "Batch 7731-22-0193 passed QA.",
    "Model number WD40EFRX-68N32N0, serial WD-WCC7K1234567.",
    "The 2020-2024 period saw 3 releases.",
    "Ticket JIRA-48213 blocks OPS-771.",
    "Use port 8080 or 8443; 443 is taken.",
    "Math: 3.14159 * 2 = 6.28318",
    "Phone numbers must be in E.164 format, e.g. +<country><number>.",
    "Dial 911 in an emergency, or 112 in the EU.",
    "Call extension 4412 for IT support.",
    "Zip code 94103, PO Box 1207.",
    "Account settings > Security > Two-factor authentication.",
    "Employee ID E-20417 completed training.",
    "Kubernetes pod web-7d9f8b6c5d-x2k4q restarted 3 times.",
    "Subnet mask is written as /24, not as a dotted quad.",
    "Latency p99 was 123.45 ms; p50 12.7 ms.",
    "Serial 0050-56C0-0001-AB is on the sticker.",
    "Build 20240315.4 was promoted to staging.",
    "aws s3 cp ./dist s3://my-bucket/releases/2.4.1/ --recursive",
    "The AWS region eu-central-1 hosts the primary cluster.",
    "Generate a key with ssh-keygen -t ed25519 -C \"laptop\".",
    "-----BEGIN PUBLIC KEY----- blocks are safe to share.",
    "-----BEGIN CERTIFICATE-----\\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBa\\n-----END CERTIFICATE-----",
    "Our bank's SWIFT code is DEUTDEFF, ask finance for the rest.",
    "Tracking ref DE12345678 was assigned by customs.",
    "Receipt 0041-2231-8876-0021 printed at 14:02.",
    "Item 5901234123457 scanned (EAN-13).",
    "UPC 036000291452 on the label.",
    "Quote #Q-2024-11-0093 valid for 30 days.",
    "In 1985 she moved to Ohio; in 1990 to Texas.",
    "Meeting moved to 03/14/2025 at 10am.",
    "Report for the period 2024-01-01 to 2024-03-31.",
    "Weight 72.5 kg, height 1.81 m.",
    "The IP-like string 1.2.3 is just a semantic version.",
    "ORCID 0000-0002-1825-0097 identifies the author.",
    "DOI 10.1000/182 resolves to the handbook.",
    "CVE-2024-3094 affects xz 5.6.0 and 5.6.1.",
    "Ethereum uses 0x-prefixed addresses; see EIP-55 for checksums.",
    "Transaction fee: 0.00021 BTC.",
    "Set max_tokens=4096 and temperature=0.7.",
    "PASSWORD_MIN_LENGTH=12",
    "secret_name: prod-db-credentials",
    "The keyword 'token' appears 3 times in the log.",
    "Vendor code 4111-222-333 in the catalogue.",
    "Page 12 of 148; figure 4.2.1.",
]
for t in neg:
    add("NONE", t)

print("# expected PII types (comma-separated, NONE for none) <TAB> text. Blind set written before tuning;")
print("# generated by octollm-reflex/tools/gen_pii_blind.py (synthetic values, valid checksums). Scored by type and count.")
for labels, text in rows:
    assert "\t" not in text and "\n" not in text, text
    print(f"{labels}\t{text}")
