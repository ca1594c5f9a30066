"""Check-digit helpers shared by the PII corpus generators (pure functions, no randomness)."""
import hashlib

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def luhn_digit(body):
    """The Luhn check digit that makes body + digit valid."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def b58check(version, payload):
    """Base58Check of a version byte and a payload (Bitcoin legacy / P2SH addresses)."""
    raw = bytes([version]) + payload
    raw += hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4]
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + out


def luhn_ok(num):
    """Whether a digit string passes the Luhn check."""
    return luhn_digit(num[:-1]) == num[-1]


def mod97(s):
    """ISO 7064 mod-97 of an alphanumeric string (letters count as 10..35)."""
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban_check_digits(country, bban):
    """The two IBAN check digits (2..98) for a country code and a BBAN."""
    return 98 - mod97(bban + country + "00")


BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
BECH32M = 0x2BC830A3


def bech32_polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return chk


def five_bit_groups(data):
    """Bytes as 5-bit groups, the last one zero-padded (a segwit program's data part)."""
    acc, bits, out = 0, 0, []
    for b in data:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            out.append((acc >> bits) & 31)
    if bits:
        out.append((acc << (5 - bits)) & 31)
    return out


def bech32_encode(hrp, data, const=1):
    """An address from its human-readable part and 5-bit data; const 1 for Bech32, BECH32M for Bech32m."""
    expand = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    pm = bech32_polymod(expand + data + [0] * 6) ^ const
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in data + chk)
