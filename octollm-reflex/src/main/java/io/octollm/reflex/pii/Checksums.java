package io.octollm.reflex.pii;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Checksum validators used to keep false positives down. Stateless and thread-safe. */
final class Checksums {
    private static final Map<String, Integer> IBAN_LENGTHS = new HashMap<>();

    static {
        String spec = "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DK18 "
                + "DO28 EE20 EG29 ES24 FI18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 "
                + "IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 MC27 MD24 ME22 MK19 MR27 MT31 MU30 "
                + "NL18 NO15 PK24 PL28 PS29 PT25 QA29 RO24 RS22 SA24 SC31 SE24 SI19 SK24 SM27 ST25 SV28 TL23 "
                + "TN24 TR26 UA29 VA22 VG24 XK20";
        for (String s : spec.split(" ")) {
            IBAN_LENGTHS.put(s.substring(0, 2), Integer.parseInt(s.substring(2)));
        }
    }

    private Checksums() {
    }

    /** @return the IBAN length of a country code, or 0 when unknown */
    static int ibanLength(char c0, char c1) {
        Integer n = IBAN_LENGTHS.get(new String(new char[] {Character.toUpperCase(c0), Character.toUpperCase(c1)}));
        return n == null ? 0 : n;
    }

    /** Luhn mod-10 over the digits of {@code d[0..n)}. */
    static boolean luhn(int[] d, int n) {
        int sum = 0;
        boolean dbl = false;
        for (int i = n - 1; i >= 0; i--) {
            int x = d[i];
            if (dbl) {
                x *= 2;
                if (x > 9) {
                    x -= 9;
                }
            }
            sum += x;
            dbl = !dbl;
        }
        return sum % 10 == 0;
    }

    /** IBAN mod-97 over the compact upper-case form. */
    static boolean ibanMod97(char[] iban, int n) {
        int rem = 0;
        for (int k = 0; k < n; k++) {
            char c = iban[(k + 4) % n];
            if (c >= '0' && c <= '9') {
                rem = (rem * 10 + (c - '0')) % 97;
            } else if (c >= 'A' && c <= 'Z') {
                int v = c - 'A' + 10;
                rem = (rem * 100 + v) % 97;
            } else {
                return false;
            }
        }
        return rem == 1;
    }

    /** ABA routing number checksum over nine digits. */
    static boolean aba(int[] d) {
        int s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8]);
        return s % 10 == 0 && s != 0;
    }

    private static final String B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    /** Base58Check (legacy Bitcoin address): 25 bytes, version 0x00 or 0x05, double SHA-256 checksum. */
    static boolean base58Check(CharSequence s, int from, int to) {
        BigInteger v = BigInteger.ZERO;
        BigInteger b58 = BigInteger.valueOf(58);
        int leadingOnes = 0;
        boolean leading = true;
        for (int i = from; i < to; i++) {
            int d = B58.indexOf(s.charAt(i));
            if (d < 0) {
                return false;
            }
            if (leading && d == 0) {
                leadingOnes++;
            } else {
                leading = false;
            }
            v = v.multiply(b58).add(BigInteger.valueOf(d));
        }
        byte[] raw = v.toByteArray();
        int skip = raw.length > 0 && raw[0] == 0 ? 1 : 0;
        int len = raw.length - skip + leadingOnes;
        if (len != 25) {
            return false;
        }
        byte[] bytes = new byte[25];
        System.arraycopy(raw, skip, bytes, leadingOnes, raw.length - skip);
        if (bytes[0] != 0 && bytes[0] != 5) {
            return false;
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] h = sha.digest(sha.digest(Arrays.copyOf(bytes, 21)));
            for (int i = 0; i < 4; i++) {
                if (h[i] != bytes[21 + i]) {
                    return false;
                }
            }
            return true;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing", e);
        }
    }

    private static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private static final int[] GEN = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};

    /** Bech32 / Bech32m checksum of a {@code bc1...} address (lower case). */
    static boolean bech32(CharSequence s, int from, int to) {
        // hrp "bc", separator '1'
        int chk = 1;
        int[] hrp = {'b' >> 5, 'c' >> 5, 0, 'b' & 31, 'c' & 31};
        for (int v : hrp) {
            chk = polymod(chk, v);
        }
        for (int i = from + 3; i < to; i++) {
            int d = BECH32.indexOf(Character.toLowerCase(s.charAt(i)));
            if (d < 0) {
                return false;
            }
            chk = polymod(chk, d);
        }
        return chk == 1 || chk == 0x2bc830a3;
    }

    private static int polymod(int chk, int v) {
        int b = chk >>> 25;
        chk = ((chk & 0x1ffffff) << 5) ^ v;
        for (int i = 0; i < 5; i++) {
            if (((b >>> i) & 1) != 0) {
                chk ^= GEN[i];
            }
        }
        return chk;
    }
}
