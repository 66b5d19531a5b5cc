/** The invite token from `#token=…` (preferred: never sent to a server) or `?token=…`. */
export function readInviteToken(location: { hash: string; search: string }): string | null {
  const fromHash = new URLSearchParams(location.hash.replace(/^#/, '')).get('token');
  const fromQuery = new URLSearchParams(location.search).get('token');
  const token = (fromHash ?? fromQuery)?.trim();
  return token ? token : null;
}
