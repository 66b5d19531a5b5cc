/**
 * Which hops may tell us the client's address through `X-Forwarded-For`. Trusting every hop
 * (`true`) lets any client that reaches the app directly claim any address, which defeats the
 * per-address sign-in throttle; the default trusts only a proxy on the same machine (nginx on
 * loopback, as in "Running at scale"). Values: `false`, `true`, or proxy-addr names, addresses and
 * CIDRs (`loopback`, `10.0.0.0/8`, `127.0.0.1,192.0.2.10`).
 */
export type TrustProxy = boolean | string;

export function parseTrustProxy(value: string): TrustProxy {
  const trimmed = value.trim();
  if (trimmed === 'false' || trimmed === '') return false;
  if (trimmed === 'true') return true;
  return trimmed;
}
