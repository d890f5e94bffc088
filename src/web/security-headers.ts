import type { FastifyHelmetOptions } from '@fastify/helmet';

/**
 * The security headers every response carries, set by @fastify/helmet: no MIME sniffing, no
 * framing, the referrer cut to the origin across sites, and a strict content security policy —
 * reader pages run no script from elsewhere and load nothing from elsewhere. Helmet's other
 * headers stay off, as before it: HSTS belongs to whatever terminates TLS in front of the server,
 * and the cross-origin policies would change what other sites may embed (the feed, the icons).
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
  crossOriginOpenerPolicy: false,
  crossOriginResourcePolicy: false,
  originAgentCluster: false,
  strictTransportSecurity: false,
  xDnsPrefetchControl: false,
  xDownloadOptions: false,
  xPermittedCrossDomainPolicies: false,
  xPoweredBy: false,
  xXssProtection: false,
};
