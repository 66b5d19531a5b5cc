import { DEFAULT_FINGERPRINT_OPTIONS, type FingerprintOptions } from '../../helpers/test-app.js';

/**
 * The only writes a refused request may make, each with its reason. Everything else must leave
 * every table exactly as it was. Keys are `METHOD /fastify/url`.
 */
export const REFUSAL_SIDE_EFFECTS: Readonly<Record<string, { why: string; options: FingerprintOptions }>> = {
  'POST /api/auth/login': {
    why: 'a sign-in attempt is counted in login_throttle (per address, per account and address, per account) before the password is checked, and a lockout of an existing account is audited: brute-force protection',
    options: {
      ...DEFAULT_FINGERPRINT_OPTIONS,
      skipRows: { audit_log: { column: 'action', values: ['user.lockout'] } },
    },
  },
};

export function fingerprintOptionsFor(method: string, url: string): FingerprintOptions {
  return REFUSAL_SIDE_EFFECTS[`${method} ${url}`]?.options ?? DEFAULT_FINGERPRINT_OPTIONS;
}
