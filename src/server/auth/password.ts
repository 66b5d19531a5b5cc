import { hash, verify } from '@node-rs/argon2';

/**
 * Argon2id, memory-hard (OWASP's 19 MiB / 2 iterations baseline). The parameters travel inside
 * the encoded hash, so raising them later still verifies old hashes.
 */
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(encoded: string | null, password: string): Promise<boolean> {
  if (!encoded) {
    // Spend comparable time so a missing account is not revealed by timing.
    await hash(password, ARGON2_OPTIONS);
    return false;
  }
  try {
    return await verify(encoded, password);
  } catch {
    return false;
  }
}

/** Minimum rules: long enough, not trivially guessable. Returns a problem or null. */
export function passwordProblem(password: string, email?: string): { id: string; en: string } | null {
  if (password.length < 10) return { id: 'Kata sandi minimal 10 karakter.', en: 'Password must have at least 10 characters.' };
  if (password.length > 200) return { id: 'Kata sandi maksimal 200 karakter.', en: 'Password must have at most 200 characters.' };
  if (new Set(password).size < 5) return { id: 'Kata sandi terlalu mudah ditebak.', en: 'Password is too easy to guess.' };
  if (email && password.toLowerCase().includes(email.split('@')[0]!.toLowerCase()))
    return { id: 'Kata sandi tidak boleh memuat alamat surel.', en: 'Password must not contain the e-mail address.' };
  return null;
}
