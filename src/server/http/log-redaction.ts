import type { FastifyRequest } from 'fastify';

/**
 * Bearer secrets that can appear in a URL or an e-mail (invitation and password reset links) are
 * replaced before anything reaches a log. Links carry them in the fragment (`#token=…`), which
 * browsers never send; an old link with `?token=…` is still redacted in the request log.
 */
const TOKEN_IN_URL = /([?&#;](?:token|invite_?token|reset_?token)=)[^&#\s"')]+/gi;

export const REDACTED = '[redacted]';

export function redactTokens(text: string): string {
  return text.replace(TOKEN_IN_URL, `$1${REDACTED}`);
}

/** Fastify's request serializer, with the URL's tokens redacted. */
export const requestLogSerializers = {
  req(request: FastifyRequest) {
    return {
      method: request.method,
      url: redactTokens(request.url),
      host: request.host,
      remoteAddress: request.ip,
      remotePort: request.socket ? request.socket.remotePort : undefined,
    };
  },
};
