import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/**
 * SHA-256 fed piece by piece, so an export of any size is hashed as it is written, in the browser and
 * in Node alike (WebCrypto only hashes a whole buffer at once). Text is hashed as its UTF-8 bytes:
 * the bytes of the file.
 */
export function createSha256() {
  const hash = sha256.create();
  const encoder = new TextEncoder();
  return {
    update(chunk: string | Uint8Array) {
      hash.update(typeof chunk === 'string' ? encoder.encode(chunk) : chunk);
    },
    hex(): string {
      return bytesToHex(hash.digest());
    },
  };
}

export function sha256Hex(text: string): string {
  const hash = createSha256();
  hash.update(text);
  return hash.hex();
}
