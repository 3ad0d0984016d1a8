import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native and WASM packages stay out of the server bundle and load from node_modules; so does
  // ical-timezones, which finds its zone files next to itself (bundled, it finds none).
  serverExternalPackages: ["argon2", "pg", "@prisma/adapter-pg", "rate-limiter-flexible", "@touch4it/ical-timezones", "@react-pdf/renderer"],
  poweredByHeader: false,
  // forbidden() renders app/forbidden.tsx with status 403 for a member whose role is too weak.
  // Cached public pages live in memory only: written to disk they would outlive the process and be
  // served after a restart against another database. The least recently used are dropped past the
  // limit, which Next counts in characters of the cached HTML and payload, so the process grows to
  // several times this figure (measured in bench/README.md).
  cacheMaxMemorySize: 64 * 1024 * 1024,
  // globalNotFound: a 404 page for unmatched addresses, since each route group has its own root
  // layout (public pages carry <html lang> of their language).
  experimental: { authInterrupts: true, globalNotFound: true, isrFlushToDisk: false },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
          // Browsers honour it only over https; there it keeps every later visit on https.
          { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
        ],
      },
    ];
  },
};

export default nextConfig;
