import type { FastifyHelmetOptions } from '@fastify/helmet';
import helmet from 'helmet';

/**
 * The security headers every response carries, set by @fastify/helmet: no MIME sniffing, no
 * framing, the referrer cut to the origin across sites, a strict content security policy —
 * reader pages run no script from elsewhere and load nothing from elsewhere — and a window opened
 * from another site gets no handle on ours (Cross-Origin-Opener-Policy). Helmet's other headers
 * stay off: HSTS belongs to whatever terminates TLS in front of the server, and the embedder and
 * resource policies would change what other sites may embed (the feed, the icons).
 */
export const securityHeaders: FastifyHelmetOptions = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      styleSrc: ["'self'"],
      fontSrc: ["'self'"],
      scriptSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      frameAncestors: ["'none'"],
      formAction: ["'self'"],
    },
  },
  referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  xFrameOptions: { action: 'deny' },
  crossOriginEmbedderPolicy: false,
  crossOriginOpenerPolicy: { policy: 'same-origin' },
  crossOriginResourcePolicy: false,
  originAgentCluster: false,
  strictTransportSecurity: false,
  xDnsPrefetchControl: false,
  xDownloadOptions: false,
  xPermittedCrossDomainPolicies: false,
  xPoweredBy: false,
  xXssProtection: false,
};

/**
 * Powerful features no page of the site uses, refused for it and anything it embeds (helmet has
 * no option for this header; security-hooks set it beside helmet's).
 */
export const PERMISSIONS_POLICY = 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()';

let values: Readonly<Record<string, string>> | null = null;

/**
 * The same headers as name → value, exactly as helmet writes them (its own middleware, run once
 * against a recorder), plus Permissions-Policy: for responses Fastify sends before any hook runs
 * (a URL it cannot decode) and for the static export's `_headers` file.
 */
export function securityHeaderValues(): Readonly<Record<string, string>> {
  if (values) return values;
  const recorded: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string | number) => (recorded[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => delete recorded[name.toLowerCase()],
  };
  const { global: _global, enableCSPNonces: _nonces, ...options } = securityHeaders;
  helmet(options as Parameters<typeof helmet>[0])({} as never, response as never, () => undefined);
  values = Object.freeze({ ...recorded, 'permissions-policy': PERMISSIONS_POLICY });
  return values;
}
