import { randomBytes, timingSafeEqual } from "node:crypto";
import { argon2id } from "hash-wasm";

// argon2id in WebAssembly (hash-wasm): Node 20 has no argon2 of its own, and native modules cannot be
// built here. Parameters are OWASP's minimum for argon2id (19 MiB, 2 passes, 1 lane); the PHC string
// carries them, so raising them later still verifies the hashes stored before.

const ARGON2_PARAMETERS = { memorySize: 19_456, iterations: 2, parallelism: 1, hashLength: 32 } as const;
const SALT_BYTES = 16;
const PHC = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/;

/** The form in which a password is hashed: the same letters typed on any keyboard give the same bytes. */
function passwordBytes(password: string): Uint8Array {
  return new TextEncoder().encode(password.normalize("NFC"));
}

export async function hashPassword(password: string): Promise<string> {
  return argon2id({
    ...ARGON2_PARAMETERS,
    password: passwordBytes(password),
    salt: randomBytes(SALT_BYTES),
    outputType: "encoded",
  });
}

/** PHC strings omit base64 padding; Buffer reads unpadded base64 as well. */
function fromBase64(value: string): Buffer {
  return Buffer.from(value, "base64");
}

/** True when `password` matches `encodedHash`; false for a wrong password or a malformed hash. */
export async function verifyPassword(encodedHash: string, password: string): Promise<boolean> {
  const match = PHC.exec(encodedHash);
  if (!match) return false;
  const [, memorySize, iterations, parallelism, salt, expectedBase64] = match as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const expected = fromBase64(expectedBase64);
  const actual = await argon2id({
    password: passwordBytes(password),
    salt: fromBase64(salt),
    memorySize: Number(memorySize),
    iterations: Number(iterations),
    parallelism: Number(parallelism),
    hashLength: expected.length,
    outputType: "binary",
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/**
 * A valid hash of a random password nobody knows. Checking a password against it when an e-mail has
 * no account makes a failed sign-in take as long whether or not the account exists.
 */
export const UNKNOWN_ACCOUNT_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$HdNb7+K1ZKnE9p9D92oVRA$s49QJ4RUVFb9Maz9O5PUU5gHHs1jsidFojGK32pNE3I";

const GENERATED_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/**
 * A password for an administrator to hand over once: 4 groups of 5 characters without look-alikes
 * (no 0/O, 1/l/I), about 115 bits, easy to read out and type.
 */
export function generatePassword(random: (size: number) => Uint8Array = randomBytes): string {
  const limit = 256 - (256 % GENERATED_ALPHABET.length);
  const characters: string[] = [];
  while (characters.length < 20) {
    for (const byte of random(32)) {
      if (byte < limit && characters.length < 20) characters.push(GENERATED_ALPHABET[byte % GENERATED_ALPHABET.length]!);
    }
  }
  return [0, 5, 10, 15].map((start) => characters.slice(start, start + 5).join("")).join("-");
}
